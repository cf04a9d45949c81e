package com.pathway.clinic.treatment;

import java.time.Instant;
import java.time.LocalDate;

/** A lead's treatment course as a clinician reads it; {@code signed}: how many of its sessions are signed. */
public record CourseView(long id, String leadKey, String indication, int plannedSessions, int signed,
        LocalDate startsOn, CourseStatus status, String stopReason, Instant nextSessionAt, String createdBy,
        Instant createdAt, String endedBy, Instant endedAt, long version) {

    /** "3 of 6". */
    public String progress() {
        return signed + " of " + plannedSessions;
    }
}
