package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Failures take from a key's allowance; asking costs nothing; the allowance refills over the period. */
class FailureLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final FailureLimiter limiter = new FailureLimiter(3, Duration.ofMinutes(15), 1_000, nanos::get);

    @Test
    void aKeyIsRefusedOnceItsFailuresUseUpTheAllowanceAndOthersAreNot() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.refused("198.51.100.1")).as("asking takes nothing").isEmpty();
        }
        assertThat(limiter.failed("198.51.100.1")).isFalse();
        assertThat(limiter.failed("198.51.100.1")).isFalse();
        assertThat(limiter.failed("198.51.100.1")).as("the third failure uses it up").isTrue();

        assertThat(limiter.refused("198.51.100.1")).hasValue(300);
        assertThat(limiter.refused("198.51.100.2")).isEmpty();
    }

    @Test
    void theAllowanceRefillsSteadilyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limiter.failed("k");
        }
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(limiter.refused("k")).hasValue(60);
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(limiter.refused("k")).as("one failure's worth back after a third of the period").isEmpty();
        assertThat(limiter.failed("k")).isTrue();
    }
}
