package com.pathway.clinic;

import java.time.Instant;

/**
 * A lead's service-level targets, measured in the clinic's business hours from its arrival: when the
 * first contact and the consultation are (or were) due and when they happened ({@code null}: not yet).
 * {@code nextDueAt} is the earliest target not met while the lead is open, or {@code null}. Leads
 * loaded in bulk (demo and benchmark data) may have no targets at all.
 */
public record LeadServiceLevels(Instant firstResponseDueAt, Instant firstContactAt, Instant consultationDueAt,
        Instant consultationAt, Instant nextDueAt) {

    /** Whether the next target is missed at {@code now}. */
    public boolean breachedAt(Instant now) {
        return nextDueAt != null && nextDueAt.isBefore(now);
    }

    /** Which target {@code nextDueAt} is: "first response" or "consultation", or {@code null}. */
    public String nextTarget() {
        if (nextDueAt == null) {
            return null;
        }
        return nextDueAt.equals(firstResponseDueAt) && firstContactAt == null ? "first response" : "consultation";
    }
}
