package com.pathway.clinic;

import java.time.Instant;

/**
 * A lead's appointment was cancelled (by hand, by booking another, or because the lead was closed), published
 * in the transaction that records it. Like {@link AppointmentBooked} it carries no health information.
 *
 * @param startsAt when the cancelled appointment would have begun
 */
public record AppointmentCancelled(long leadId, String key, Instant startsAt, String actor, Instant at) {
}
