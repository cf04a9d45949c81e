package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.security.internal.Totp;
import com.pathway.security.internal.UserAccount;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/** Enrolment, the second step (codes once, recovery codes once, lockout) and the administrator's reset. */
@IntegrationTest
class TwoFactorServiceTest {

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void enrolmentNeedsACodeFromTheAppAndGivesTenRecoveryCodesOnce() {
        UserAccount user = signedIn("enrol");
        TotpEnrolment offer = twoFactor.startEnrolment();
        assertThat(offer.qrCodeDataUri()).startsWith("data:image/png;base64,");
        assertThat(offer.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + offer.secret());

        assertThatThrownBy(() -> twoFactor.confirmEnrolment(offer.secret(), "000000"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("code")).startsWith("That code does not match."));
        assertThat(twoFactor.status().enabled()).isFalse();

        List<String> recovery = twoFactor.confirmEnrolment(offer.secret(), codeNow(offer.secret()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(twoFactor.status()).extracting(TwoFactorStatus::enabled, TwoFactorStatus::recoveryCodesLeft)
                .containsExactly(true, 10);
        assertThat(jdbc.queryForList("select code_hash from mfa_recovery_code where user_id = ?", String.class,
                user.getId())).hasSize(10).noneMatch(hash -> recovery.stream().anyMatch(hash::contains));
        assertThat(actions(user)).contains("MFA_ENABLED");
    }

    @Test
    void theSecondStepTakesACodeOnceAndARecoveryCodeOnce() {
        UserAccount user = signedIn("second");
        TotpEnrolment offer = twoFactor.startEnrolment();
        String first = codeNow(offer.secret());
        List<String> recovery = twoFactor.confirmEnrolment(offer.secret(), first);

        assertThat(twoFactor.verify(first)).as("the code that confirmed the set-up, again")
                .isEqualTo(SecondStepResult.WRONG_CODE);
        assertThat(twoFactor.verify(Totp.code(offer.secret(), Totp.step(clock.instant()) + 1)))
                .isEqualTo(SecondStepResult.VERIFIED);
        assertThat(twoFactor.verify(recovery.get(3).toUpperCase())).isEqualTo(SecondStepResult.VERIFIED);
        assertThat(twoFactor.verify(recovery.get(3))).as("a recovery code is spent").isEqualTo(SecondStepResult.WRONG_CODE);
        assertThat(twoFactor.status().recoveryCodesLeft()).isEqualTo(9);
        assertThat(actions(user)).contains("MFA_SUCCESS", "MFA_FAILURE");
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        UserAccount user = signedIn("lock");
        TotpEnrolment offer = twoFactor.startEnrolment();
        twoFactor.confirmEnrolment(offer.secret(), codeNow(offer.secret()));
        // Each address counts once towards the lockout: the wrong codes come from five addresses.
        for (int i = 0; i < 4; i++) {
            String wrong = "12345" + i;
            assertThat(from("203.0.113." + (60 + i), () -> twoFactor.verify(wrong))).isEqualTo(SecondStepResult.WRONG_CODE);
        }
        assertThat(from("203.0.113.64", () -> twoFactor.verify("999999"))).isEqualTo(SecondStepResult.LOCKED);
        assertThat(accounts.reload(user.getUsername()).isLockedAt(clock.instant())).isTrue();
        String next = Totp.code(offer.secret(), Totp.step(clock.instant()) + 1);
        assertThat(twoFactor.verify(next)).as("even the right code while locked").isEqualTo(SecondStepResult.LOCKED);
        assertThat(actions(user)).contains("ACCOUNT_LOCKED");
    }

    @Test
    void wrongCodesFromOneAddressAreThrottledAndDoNotLockTheAccount() {
        UserAccount user = signedIn("throttle");
        TotpEnrolment offer = twoFactor.startEnrolment();
        twoFactor.confirmEnrolment(offer.secret(), codeNow(offer.secret()));
        for (int i = 0; i < 5; i++) {
            String wrong = "65432" + i;
            assertThat(from("198.51.100.77", () -> twoFactor.verify(wrong))).isEqualTo(SecondStepResult.WRONG_CODE);
        }
        String next = Totp.code(offer.secret(), Totp.step(clock.instant()) + 1);
        assertThat(from("198.51.100.77", () -> twoFactor.verify(next))).as("refused before the code is checked")
                .isEqualTo(SecondStepResult.THROTTLED);
        UserAccount after = accounts.reload(user.getUsername());
        assertThat(after.isLockedAt(clock.instant())).as("one address never locks the account").isFalse();
        assertThat(after.getFailedLoginCount()).isEqualTo(1);
        assertThat(actions(user)).doesNotContain("ACCOUNT_LOCKED");
    }

    /** Runs the call as a request from the address (the second step counts failures per client address). */
    private static <T> T from(String address, java.util.function.Supplier<T> call) {
        var before = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(before);
        }
    }

    @Test
    void anAdministratorResetsItAndTheResetIsAudited() {
        UserAccount user = signedIn("reset");
        TotpEnrolment offer = twoFactor.startEnrolment();
        twoFactor.confirmEnrolment(offer.secret(), codeNow(offer.secret()));
        UserAccount admin = accounts.create(TestAccounts.uniqueName("mfa-admin"), Role.ADMIN);
        accounts.signIn(admin.getUsername());

        twoFactor.reset(user.getId());

        assertThat(accounts.reload(user.getUsername()).hasTwoFactor()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mfa_recovery_code where user_id = ?", Integer.class,
                user.getId())).isZero();
        assertThat(jdbc.queryForList("select details from audit_entry where actor = ? and action = 'MFA_RESET'",
                String.class, admin.getUsername())).singleElement().asString().contains(user.getUsername());
    }

    private UserAccount signedIn(String prefix) {
        UserAccount user = accounts.create(TestAccounts.uniqueName(prefix), Role.CLINICIAN);
        accounts.signIn(user.getUsername());
        return user;
    }

    private String codeNow(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private List<String> actions(UserAccount user) {
        return jdbc.queryForList("select action from audit_entry where entity_id = ? and entity_type = 'USER' order by id",
                String.class, String.valueOf(user.getId()));
    }
}
