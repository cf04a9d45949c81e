package com.pathway.clinic.treatment;

import java.time.Instant;

/**
 * One booked session of a lead's course and its attendance, as coordinators and clinicians see it:
 * a date and a state, nothing clinical. {@code changedBy}/{@code changedAt}: who marked it and when.
 */
public record ScheduledSessionView(long id, String leadKey, int number, Instant scheduledAt, SessionState state,
        String changedBy, Instant changedAt, long version) {
}
