package com.pathway.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;

/** Turns field values as they arrive (JSON, YAML, plugin stores) into what rules compare. */
final class Values {

    private Values() {
    }

    static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A date from a LocalDate, an ISO date ({@code 2026-12-01}) or an ISO date-time with offset. */
    static Optional<LocalDate> date(Object value, ZoneId zone) {
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof Instant i) {
            return Optional.of(i.atZone(zone).toLocalDate());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Optional.of(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(OffsetDateTime.parse(s.strip()).atZoneSameInstant(zone).toLocalDate());
                } catch (DateTimeParseException e2) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
