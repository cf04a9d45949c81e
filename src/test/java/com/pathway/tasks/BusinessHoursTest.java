package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Deadlines in the clinic's business hours: 9:00 to 17:00, Monday to Friday, in New York. */
class BusinessHoursTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    final BusinessHours hours = new BusinessHours(NEW_YORK, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
            Set.of(LocalDate.of(2026, 12, 25)));

    static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NEW_YORK).toInstant();
    }

    @Test
    void addsWithinOneWorkingDay() {
        assertThat(hours.plus(at("2026-12-02T10:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-02T14:00"));
    }

    @Test
    void carriesTheRestOverToTheNextMorning() {
        assertThat(hours.plus(at("2026-12-02T15:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-03T11:00"));
    }

    @Test
    void skipsTheWeekend() {
        // Friday 15:00 + 4 business hours: 2 on Friday, 2 on Monday.
        assertThat(hours.plus(at("2026-12-04T15:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-07T11:00"));
        assertThat(hours.between(at("2026-12-04T15:00"), at("2026-12-07T11:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void skipsAHoliday() {
        // Thursday 24 December 16:00 + 4 h: 1 h on Thursday, Friday the 25th is a holiday, 3 h on Monday.
        assertThat(hours.plus(at("2026-12-24T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-28T12:00"));
        assertThat(hours.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void anInquiryOutsideOpeningHoursStartsCountingAtTheNextOpening() {
        // Saturday night: the clock starts Monday 9:00.
        assertThat(hours.plus(at("2026-12-05T22:30"), Duration.ofHours(4))).isEqualTo(at("2026-12-07T13:00"));
        // Early on a weekday: the same day's opening.
        assertThat(hours.plus(at("2026-12-02T06:00"), Duration.ofHours(1))).isEqualTo(at("2026-12-02T10:00"));
        // After closing: the next day's.
        assertThat(hours.plus(at("2026-12-02T18:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-03T09:30"));
        assertThat(hours.isOpen(at("2026-12-05T22:30"))).isFalse();
    }

    @Test
    void aDaylightSavingChangeInTheClinicsZoneChangesNoBusinessHour() {
        // Clocks went back on Sunday 1 November 2026 (EDT -> EST): Friday 15:00 EDT + 4 h = Monday 11:00 EST,
        // which is 25 real hours later than it would be without the change... and exactly 4 business hours.
        Instant friday = at("2026-10-30T15:00");
        Instant due = hours.plus(friday, Duration.ofHours(4));
        assertThat(due).isEqualTo(at("2026-11-02T11:00"));
        assertThat(due.atZone(NEW_YORK).getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(hours.between(friday, due)).isEqualTo(Duration.ofHours(4));
        // Spring forward (Sunday 8 March 2026): Friday 16:00 EST + 2 h = Monday 10:00 EDT.
        assertThat(hours.plus(at("2026-03-06T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-03-09T10:00"));
    }

    @Test
    void measuresTimeLeftAndTimeOverInBusinessHours() {
        Instant due = at("2026-12-07T11:00"); // Monday
        assertThat(hours.between(at("2026-12-04T16:00"), due)).isEqualTo(Duration.ofHours(3));
        assertThat(hours.between(at("2026-12-08T10:00"), due)).isEqualTo(Duration.ofHours(7).negated());
        // Over the weekend no business time passes.
        assertThat(hours.between(at("2026-12-05T10:00"), at("2026-12-06T16:00"))).isZero();
    }

    @Test
    void findsTheWorkingDayBeforeAndFrom() {
        assertThat(hours.previousWorkingDay(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(hours.workingDayFrom(LocalDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(hours.openingOf(LocalDate.of(2026, 12, 28))).isEqualTo(at("2026-12-28T09:00"));
    }
}
