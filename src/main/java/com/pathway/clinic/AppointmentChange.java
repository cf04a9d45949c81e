package com.pathway.clinic;

import java.time.LocalDateTime;

/**
 * A new time, clinician or mode for a lead's appointment.
 *
 * @param startsAt the new start, in the clinic's time zone
 * @param clinician the clinician's user name (an active clinician)
 * @param mode one of {@link AppointmentService#modes()}
 * @param expectedVersion the appointment's version the caller saw, or {@code null} to skip that check
 */
public record AppointmentChange(LocalDateTime startsAt, String clinician, String mode, Long expectedVersion) {
}
