package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.pathway.security.SessionEnd;

class SessionLimitsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-04T08:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(15);
    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void aSessionActiveWithinTheIdleTimeAndTheLifetimeGoesOn() {
        assertThat(SessionLimits.check(SIGNED_IN, SIGNED_IN.plusSeconds(3600), SIGNED_IN.plusSeconds(3600 + 899),
                IDLE, LIFETIME)).isEmpty();
    }

    @Test
    void aSessionWithoutActivityForLongerThanTheIdleTimeEnds() {
        assertThat(SessionLimits.check(SIGNED_IN, SIGNED_IN.plusSeconds(3600), SIGNED_IN.plusSeconds(3600 + 901),
                IDLE, LIFETIME)).contains(SessionEnd.IDLE);
    }

    @Test
    void anActiveSessionEndsAfterTheLifetimeWhateverTheActivity() {
        Instant now = SIGNED_IN.plus(LIFETIME).plusSeconds(1);
        assertThat(SessionLimits.check(SIGNED_IN, now.minusSeconds(1), now, IDLE, LIFETIME))
                .contains(SessionEnd.LIFETIME);
    }
}
