package com.pathway.clinic;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A lead's current appointment (the consultation booked when it was scheduled). Not clinical content:
 * whoever may read the lead may read it.
 *
 * @param startsAt when it starts (UTC)
 * @param clinician the clinician's user name
 * @param clinicianName the clinician's display name, or the user name when the account is gone or inactive
 * @param mode how it takes place, one of the options the booking step's screen offers (in person, telehealth)
 * @param version pass it back when rescheduling, so that a change made meanwhile is not overwritten
 */
public record Appointment(Instant startsAt, String clinician, String clinicianName, String mode,
        String updatedBy, Instant updatedAt, long version) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, HH:mm", Locale.ENGLISH);

    /** "Tue Dec 9, 10:00" in the clinic's zone. */
    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** "Tue Dec 9, 10:00 · Dr Ada Lovelace · Telehealth", as the lead page and the timeline say it. */
    public String describe(ZoneId zone) {
        return when(startsAt, zone) + " · " + clinicianName + " · " + mode;
    }
}
