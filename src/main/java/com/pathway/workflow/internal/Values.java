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

    /**
     * A moment from an Instant, an offset or zoned date-time, or ISO text: with an offset
     * ({@code 2026-12-09T10:00:00Z}) as written, without one ({@code 2026-12-09T10:00}) in {@code zone}.
     */
    static Optional<Instant> dateTime(Object value, ZoneId zone) {
        if (value instanceof Instant i) {
            return Optional.of(i);
        }
        if (value instanceof OffsetDateTime o) {
            return Optional.of(o.toInstant());
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return Optional.of(z.toInstant());
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Optional.of(l.atZone(zone).toInstant());
        }
        if (value instanceof String s && !s.isBlank()) {
            String text = s.strip();
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(java.time.LocalDateTime.parse(text).atZone(zone).toInstant());
                } catch (DateTimeParseException e2) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
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
