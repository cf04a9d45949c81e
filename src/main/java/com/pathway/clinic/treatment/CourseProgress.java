package com.pathway.clinic.treatment;

import java.time.Instant;

/**
 * How far a lead's newest course has come, without anything clinical (no indication, no dose, no side
 * effect): what managers and coordinators see, and the My patients list's column.
 */
public record CourseProgress(String leadKey, CourseStatus status, int plannedSessions, int signed,
        Instant nextSessionAt, Instant lastSessionAt) {

    /** "3 of 6". */
    public String text() {
        return signed + " of " + plannedSessions;
    }
}
