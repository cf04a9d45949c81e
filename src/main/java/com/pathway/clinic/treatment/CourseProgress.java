package com.pathway.clinic.treatment;

import java.time.Instant;

/**
 * How far a lead's newest course has come, without anything clinical (no indication, no dose, no side
 * effect): what managers and coordinators see, and the progress shown wherever the lead appears.
 * {@code signed}: signed session records; {@code given}: sessions that took place (signed records, or booked
 * sessions marked done, whichever is more);
 * {@code atRisk}: an open course without a session for {@code pathway.treatment.drop-off-days}.
 */
public record CourseProgress(String leadKey, CourseStatus status, int plannedSessions, int signed, int given,
        Instant nextSessionAt, Instant lastSessionAt, boolean atRisk) {

    /** "3 of 6". */
    public String text() {
        return given + " of " + plannedSessions;
    }

    /** "3 of 6 · at risk of dropping off", for a list cell or a card. */
    public String line() {
        return text() + (atRisk ? " · " + AT_RISK : "");
    }

    public static final String AT_RISK = "at risk of dropping off";
}
