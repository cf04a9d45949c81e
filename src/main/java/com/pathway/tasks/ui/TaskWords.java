package com.pathway.tasks.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How tasks and targets are worded, in plain Java beside the views (unit-tested): when a task is due
 * relative to now in the clinic's zone, and how much business time is left or over on a target.
 */
public final class TaskWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE, MMM d, h:mm a", Locale.US);

    private TaskWords() {
    }

    /** "Overdue since Tue, Dec 1, 10:00 AM", "Today, 3:00 PM", "Tomorrow, 9:00 AM", "Fri, Dec 11, 9:00 AM". */
    public static String due(Instant due, Instant now, ZoneId zone) {
        ZonedDateTime at = due.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (due.isBefore(now)) {
            return "Overdue since " + (at.toLocalDate().equals(today) ? TIME.format(at) : DAY_TIME.format(at));
        }
        if (at.toLocalDate().equals(today)) {
            return "Today, " + TIME.format(at);
        }
        if (at.toLocalDate().equals(today.plusDays(1))) {
            return "Tomorrow, " + TIME.format(at);
        }
        return DAY_TIME.format(at);
    }

    /** Business time as "2 h 15 min", "45 min", "3 days 2 h" (a day being {@code dayLength} of business time). */
    public static String span(Duration amount, Duration dayLength) {
        Duration d = amount.abs();
        long days = dayLength.isZero() ? 0 : d.toMinutes() / dayLength.toMinutes();
        Duration rest = d.minus(dayLength.multipliedBy(days));
        long hours = rest.toHours();
        long minutes = rest.toMinutesPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " business day" : " business days");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (days == 0 && (minutes > 0 || hours == 0)) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(" min");
        }
        return text.toString();
    }

    /**
     * "First response: 2 h 15 min left" or "First response: missed by 1 business day" ({@code missed}:
     * the deadline has passed in real time, even when no business time has passed since).
     */
    public static String target(String name, Duration remaining, boolean missed, Duration dayLength) {
        String label = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (missed) {
            return label + ": missed" + (remaining.isNegative() ? " by " + span(remaining, dayLength) : "");
        }
        return label + ": " + span(remaining, dayLength) + " left";
    }
}
