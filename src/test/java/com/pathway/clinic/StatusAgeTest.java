package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class StatusAgeTest {

    private static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    private static StatusAge enteredAgo(Duration ago, Duration limit) {
        return new StatusAge(NOW.minus(ago), limit, NOW);
    }

    @Test
    void aLeadAMinuteShortOfItsLimitIsNotOverdue() {
        StatusAge age = enteredAgo(THREE_DAYS.minusMinutes(1), THREE_DAYS);

        assertThat(age.isOverdue()).isFalse();
        assertThat(age.overdueBy()).isEmpty();
    }

    @Test
    void aLeadAMinutePastItsLimitIsOverdueByThatMinute() {
        StatusAge age = enteredAgo(THREE_DAYS.plusMinutes(1), THREE_DAYS);

        assertThat(age.isOverdue()).isTrue();
        assertThat(age.overdueBy()).contains(Duration.ofMinutes(1));
    }

    @Test
    void aLeadExactlyAtItsLimitIsNotYetOverdue() {
        assertThat(enteredAgo(THREE_DAYS, THREE_DAYS).isOverdue()).isFalse();
    }

    @Test
    void aStatusWithoutALimitIsNeverOverdue() {
        StatusAge age = enteredAgo(Duration.ofDays(400), null);

        assertThat(age.isOverdue()).isFalse();
        assertThat(age.overdueBy()).isEmpty();
        assertThat(age.inStatus()).isEqualTo(Duration.ofDays(400));
    }

    @Test
    void theTimeInStatusIsNeverNegativeWhenTheClockLagsBehind() {
        assertThat(new StatusAge(NOW.plusSeconds(5), THREE_DAYS, NOW).inStatus()).isEqualTo(Duration.ZERO);
    }

    @Test
    void durationsReadInTheirLargestWholeUnit() {
        assertThat(StatusAge.words(Duration.ofDays(4).plusHours(23))).isEqualTo("4 days");
        assertThat(StatusAge.words(Duration.ofDays(1).plusHours(2))).isEqualTo("1 day");
        assertThat(StatusAge.words(Duration.ofHours(5).plusMinutes(59))).isEqualTo("5 hours");
        assertThat(StatusAge.words(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(StatusAge.words(Duration.ofMinutes(12))).isEqualTo("12 minutes");
        assertThat(StatusAge.words(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(StatusAge.words(Duration.ofSeconds(59))).isEqualTo("less than a minute");
    }

    @Test
    void aLeadOverdueByHoursSaysHours() {
        StatusAge age = enteredAgo(THREE_DAYS.plusHours(5).plusMinutes(10), THREE_DAYS);

        assertThat(age.overdueBy().map(StatusAge::words)).contains("5 hours");
        assertThat(StatusAge.words(age.inStatus())).isEqualTo("3 days");
    }
}
