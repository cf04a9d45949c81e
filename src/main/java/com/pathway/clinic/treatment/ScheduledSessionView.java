package com.pathway.clinic.treatment;

import java.time.Instant;

/**
 * One booked session of a lead's course and its attendance, as coordinators and clinicians see it:
 * a date and a state, nothing clinical. {@code phase}: the template phase it was booked for (null when
 * added by hand); {@code changedBy}/{@code changedAt}: who marked it and when; {@code movedBy}/{@code movedAt}/
 * {@code movedFrom}: who last moved it, when, and from which time (null when never moved).
 */
public record ScheduledSessionView(long id, String leadKey, int number, Instant scheduledAt, String phase,
        SessionState state, String changedBy, Instant changedAt, String movedBy, Instant movedAt, Instant movedFrom,
        long version) {
}
