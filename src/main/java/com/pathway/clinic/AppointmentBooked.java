package com.pathway.clinic;

import java.time.Instant;

/**
 * A lead's appointment was booked or moved, published in the transaction that saves it. Carries no
 * health information: who the clinician is and what the lead is treated for stay in the clinic module.
 *
 * @param rescheduled whether an appointment that existed was moved
 */
public record AppointmentBooked(long leadId, String key, Instant startsAt, String mode, boolean rescheduled) {
}
