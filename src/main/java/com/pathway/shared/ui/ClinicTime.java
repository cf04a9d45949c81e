package com.pathway.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.pathway.shared.ClinicProperties;

/** Shows stored (UTC) instants in the clinic's time zone, the same way on every page. */
@Component
public class ClinicTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);

    private final ZoneId zone;

    public ClinicTime(ClinicProperties clinic) {
        this.zone = clinic.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant in the clinic's zone, or {@code empty} when there is none. */
    public String format(Instant instant, String empty) {
        return instant == null ? empty : FORMAT.format(instant.atZone(zone));
    }

    public String format(Instant instant) {
        return format(instant, "");
    }
}
