package com.pathway.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import com.pathway.security.Role;

class UserAccountTest {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final UserAccount user = new UserAccount("jdoe", "Jane Doe", null, EnumSet.of(Role.CLINICIAN),
            "{noop}x", T0);

    @Test
    void fourFailuresInARowDoNotLock() {
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            assertThat(user.recordFailedLogin(T0, MAX_FAILURES, LOCKOUT)).isFalse();
        }
        assertThat(user.getFailedLoginCount()).isEqualTo(4);
        assertThat(user.isLockedAt(T0)).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        fail(MAX_FAILURES - 1);
        assertThat(user.recordFailedLogin(T0, MAX_FAILURES, LOCKOUT)).isTrue();

        assertThat(user.getLockedUntil()).isEqualTo(T0.plus(LOCKOUT));
        assertThat(user.isLockedAt(T0)).isTrue();
        assertThat(user.isLockedAt(T0.plus(LOCKOUT).minusSeconds(1))).isTrue();
    }

    @Test
    void unlocksByItselfWhenTheLockoutIsOver() {
        fail(MAX_FAILURES);
        assertThat(user.isLockedAt(T0.plus(LOCKOUT))).isFalse();
        assertThat(user.isLockedAt(T0.plus(LOCKOUT).plusSeconds(1))).isFalse();
    }

    @Test
    void afterALockoutTheCountStartsAgain() {
        fail(MAX_FAILURES);
        assertThat(user.getFailedLoginCount()).isZero();
        Instant later = T0.plus(LOCKOUT).plusSeconds(1);
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            assertThat(user.recordFailedLogin(later, MAX_FAILURES, LOCKOUT)).isFalse();
        }
        assertThat(user.isLockedAt(later)).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCountAndRemembersThePreviousOne() {
        fail(MAX_FAILURES - 1);
        user.recordSuccessfulLogin(T0);
        assertThat(user.getFailedLoginCount()).isZero();
        // the count really restarted: four more failures still do not lock
        fail(MAX_FAILURES - 1);
        assertThat(user.isLockedAt(T0)).isFalse();

        Instant next = T0.plusSeconds(3600);
        user.recordSuccessfulLogin(next);
        assertThat(user.getLastLoginAt()).isEqualTo(next);
        assertThat(user.getPreviousLoginAt()).isEqualTo(T0);
    }

    @Test
    void anAdministratorCanUnlockAtOnce() {
        fail(MAX_FAILURES);
        user.unlock(T0.plusSeconds(10));
        assertThat(user.isLockedAt(T0.plusSeconds(10))).isFalse();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedLoginCount()).isZero();
    }

    @Test
    void reactivatingAlsoUnlocks() {
        fail(MAX_FAILURES);
        user.deactivate(T0);
        assertThat(user.isActive()).isFalse();
        user.reactivate(T0.plusSeconds(1));
        assertThat(user.isActive()).isTrue();
        assertThat(user.isLockedAt(T0.plusSeconds(1))).isFalse();
    }

    @Test
    void aNewUserIsActiveUnlockedAndKeepsACopyOfItsRoles() {
        EnumSet<Role> roles = EnumSet.of(Role.MANAGER);
        UserAccount fresh = new UserAccount("kim", "Kim", null, roles, "{noop}x", T0);
        roles.add(Role.ADMIN);
        assertThat(fresh.getRoles()).containsExactly(Role.MANAGER);
        fresh.getRoles().add(Role.ADMIN);
        assertThat(fresh.getRoles()).containsExactly(Role.MANAGER);
        assertThat(fresh.isActive()).isTrue();
        assertThat(fresh.isLockedAt(T0)).isFalse();
        assertThat(fresh.getPasswordChangedAt()).isEqualTo(T0);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(T0, MAX_FAILURES, LOCKOUT);
        }
    }
}
