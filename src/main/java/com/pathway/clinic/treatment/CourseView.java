package com.pathway.clinic.treatment;

import java.time.Instant;
import java.time.LocalDate;

/** A lead's treatment course as a clinician reads it; {@code signed}: how many of its sessions are signed;
 * {@code template}: the course template it was started from (its name then), or null. */
public record CourseView(long id, String leadKey, String indication, int plannedSessions, int signed,
        String template, LocalDate startsOn, CourseStatus status, String stopReason, Instant nextSessionAt, String createdBy,
        Instant createdAt, String endedBy, Instant endedAt, long version) {

    /** "3 of 6". */
    public String progress() {
        return signed + " of " + plannedSessions;
    }
}
