package com.pathway.clinic;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The lead list's presets for when a lead was created, in the clinic's time zone: today since
 * midnight, this week since Monday. The address writes them as {@code created=today} and
 * {@code created=week}.
 */
public enum CreatedWithin {

    TODAY("today", "Today"),
    THIS_WEEK("week", "This week");

    private final String parameter;
    private final String label;

    CreatedWithin(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** As the address and the API write it. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The first moment of the range at {@code now} in {@code zone}; the range runs to now. */
    public Instant since(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = this == TODAY ? today : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return first.atStartOfDay(zone).toInstant();
    }

    /** The preset an address or API parameter names (case ignored), or null. */
    public static CreatedWithin ofParameter(String value) {
        if (value == null) {
            return null;
        }
        for (CreatedWithin c : values()) {
            if (c.parameter.equalsIgnoreCase(value.strip()) || c.name().equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        return null;
    }
}
