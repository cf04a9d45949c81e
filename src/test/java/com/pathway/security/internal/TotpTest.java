package com.pathway.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A code is accepted for the current 30-second step and one either side, and says which step it belongs to. */
class TotpTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:15Z");

    @Test
    void theCurrentStepAndOneEitherSideAreAcceptedWithTheirStep() {
        long now = Totp.step(NOW);
        for (long step : new long[] {now - 1, now, now + 1}) {
            assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step), NOW)).as("step %d", step).hasValue(step);
        }
    }

    @Test
    void twoStepsAwayAnotherSecretOrNotSixDigitsIsRefused() {
        long now = Totp.step(NOW);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, now - 2), NOW)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, now + 2), NOW)).isEmpty();
        assertThat(Totp.matchingStep(Totp.newSecret(), Totp.code(SECRET, now), NOW)).isEmpty();
        for (String typed : new String[] {null, "", "12345", "1234567", "12 345", "abcdef"}) {
            assertThat(Totp.matchingStep(SECRET, typed, NOW)).as(String.valueOf(typed)).isEmpty();
        }
    }
}
