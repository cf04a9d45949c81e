package com.pathway.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(6, Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void pausesGrowFourfoldAfterEachFailure() {
        assertThat(schedule.nextAttempt(1, now)).isEqualTo(now.plusSeconds(30));
        assertThat(schedule.nextAttempt(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(schedule.nextAttempt(3, now)).isEqualTo(now.plus(Duration.ofMinutes(8)));
        assertThat(schedule.nextAttempt(4, now)).isEqualTo(now.plus(Duration.ofMinutes(32)));
    }

    @Test
    void pausesNeverExceedTheLongestPause() {
        assertThat(schedule.nextAttempt(5, now)).isEqualTo(now.plus(Duration.ofHours(1)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(schedule.nextAttempt(6, now)).isNull();
        assertThat(schedule.nextAttempt(7, now)).isNull();
    }
}
