package com.pathway.tasks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The clinic's opening hours as a calendar for deadlines: working days, one opening interval a day,
 * holidays and the time zone they are meant in. Plain Java, so that rules built on it are tested
 * with a fixed clock. Days are walked in the clinic's zone, so a daylight-saving change shortens or
 * lengthens nothing but the night.
 */
public final class BusinessHours {

    /** How far ahead a deadline may lie: a guard against a calendar without a single working day. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;

    public BusinessHours(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
            Set<LocalDate> holidays) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening time " + opens + " must come before closing time " + closes);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("At least one working day is needed");
        }
        this.zone = zone;
        this.workingDays = EnumSet.copyOf(workingDays);
        this.opens = opens;
        this.closes = closes;
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime opens() {
        return opens;
    }

    /** The business time of one working day, e.g. 8 hours. */
    public Duration dayLength() {
        return Duration.between(opens, closes);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The moment {@code amount} of business time after {@code start}; time outside opening hours does not count. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Only forward: " + amount);
        }
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        Duration left = amount;
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(opens).atZone(zone);
            ZonedDateTime close = day.atTime(closes).atZone(zone);
            ZonedDateTime from = at.isAfter(open) ? at : open;
            if (!from.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(from, close);
            if (available.compareTo(left) >= 0) {
                return from.plus(left).toInstant();
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("No deadline within ten years");
    }

    /**
     * The business time from {@code from} to {@code to}: negative when {@code to} comes first. Used for
     * "4 business hours left" and "overdue by 2 business hours".
     */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("More than ten years apart");
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(opens).atZone(zone).toInstant();
            Instant close = day.atTime(closes).atZone(zone).toInstant();
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (a.isBefore(b)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** Whether the clinic is open at that moment. */
    public boolean isOpen(Instant moment) {
        ZonedDateTime at = moment.atZone(zone);
        LocalTime time = at.toLocalTime();
        return isWorkingDay(at.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The working day before {@code day} (skipping weekends and holidays). */
    public LocalDate previousWorkingDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        for (int i = 0; i < MAX_DAYS && !isWorkingDay(d); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < MAX_DAYS && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The opening time of a day, as an instant. */
    public Instant openingOf(LocalDate day) {
        return day.atTime(opens).atZone(zone).toInstant();
    }
}
