package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.pathway.security.internal.Totp;

/** The security-cost scenario computes the codes the application accepts, and runs with the others. */
class SecurityCostScenarioTest {

    @Test
    void theBenchComputesTheCodeTheApplicationExpectsForItsAccounts() throws Exception {
        Instant now = Instant.parse("2026-12-04T21:00:10Z");

        assertThat(BenchUsers.MFA_SECRET).matches("[A-Z2-7]{16,64}");
        assertThat(SecurityCostScenario.code(now)).isEqualTo(Totp.code(BenchUsers.MFA_SECRET, Totp.step(now)))
                .matches("[0-9]{6}");
        assertThat(Totp.matchingStep(BenchUsers.MFA_SECRET, SecurityCostScenario.code(now), now)).hasValue(Totp.step(now));
    }

    @Test
    void isListedOnceAndHasAnAccountWithASecondStepForEachSignInAndEachWarmUp() {
        assertThat(Bench.scenarios()).extracting(Scenario::name).containsOnlyOnce(SecurityCostScenario.NAME)
                .doesNotHaveDuplicates();
        // A code is accepted once per account: the measured sign-ins and the warm-up each need accounts of their own.
        assertThat(BenchUsers.MFA_ACCOUNTS).isEqualTo(SecurityCostScenario.SIGN_INS + SecurityCostScenario.WARM_UP);
        assertThat(BenchUsers.mfaUsername(7)).isEqualTo("bench-mfa-007").isNotEqualTo(BenchUsers.username(7));
        assertThat(SecurityCostScenario.ratio(110, 100)).isEqualTo(1.1);
    }
}
