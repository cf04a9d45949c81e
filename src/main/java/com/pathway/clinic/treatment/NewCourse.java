package com.pathway.clinic.treatment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A course to start: its indication from the clinic's list, how many infusions are planned, the day it
 * starts and, optionally, when the first session is booked.
 */
public record NewCourse(String indication, Integer plannedSessions, LocalDate startsOn, Instant nextSessionAt) {
}
