package com.pathway.clinic;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a lead has been in its status at a moment, against the status's overdue limit: worked out
 * when the lead is read, so every page and the API agree, and kept free of Spring and Vaadin.
 *
 * @param since when the lead entered its current status
 * @param limit the status's {@code overdue} limit in the published workflow, or {@code null} when it
 *        has none (a done status, such as Closed, never has one)
 * @param at the moment the lead was read
 */
public record StatusAge(Instant since, Duration limit, Instant at) {

    /** How long the lead has been in its status; never negative, even with a clock slightly behind. */
    public Duration inStatus() {
        Duration d = Duration.between(since, at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Whether the lead has been in its status longer than its limit allows (a status without one never is). */
    public boolean isOverdue() {
        return limit != null && inStatus().compareTo(limit) > 0;
    }

    /** By how much the lead is overdue, or empty when it is not. */
    public Optional<Duration> overdueBy() {
        return isOverdue() ? Optional.of(inStatus().minus(limit)) : Optional.empty();
    }

    /**
     * A duration in plain words, rounded down to its largest whole unit: "3 days", "1 day", "5 hours",
     * "12 minutes", "less than a minute".
     */
    public static String words(Duration duration) {
        long days = duration.toDays();
        if (days > 0) {
            return plural(days, "day");
        }
        long hours = duration.toHours();
        if (hours > 0) {
            return plural(hours, "hour");
        }
        long minutes = duration.toMinutes();
        return minutes > 0 ? plural(minutes, "minute") : "less than a minute";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
