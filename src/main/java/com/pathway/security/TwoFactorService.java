package com.pathway.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.OpenSessions;
import com.pathway.security.internal.RecoveryCode;
import com.pathway.security.internal.RecoveryCodeRepository;
import com.pathway.security.internal.SignInThrottle;
import com.pathway.security.internal.Totp;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ClientAddress;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238): enrolment (a secret confirmed by a code,
 * then ten one-time recovery codes shown once and stored hashed), the second step after the password (a
 * wrong code counts towards the same lockout as a wrong password; a code is accepted once), turning it
 * off where the user's roles allow, and an administrator's reset. Every step is audited.
 */
@Service
@Transactional
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserAccountRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder passwordEncoder;
    private final MfaProperties mfa;
    private final SecurityProperties security;
    private final OpenSessions sessions;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TwoFactorService(UserAccountRepository users, RecoveryCodeRepository recoveryCodes,
            PasswordEncoder passwordEncoder, MfaProperties mfa, SecurityProperties security, OpenSessions sessions,
            SignInThrottle throttle, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.passwordEncoder = passwordEncoder;
        this.mfa = mfa;
        this.security = security;
        this.sessions = sessions;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // Every signed-in user manages their own second step; during the second step itself the user is signed in
    // with the password only (no role), so these are guarded by being signed in, not by a role.
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        UserAccount user = me();
        return new TwoFactorStatus(user.hasTwoFactor(), user.getMfaEnabledAt(), mfa.requiredFor(user.getRoles()),
                user.hasTwoFactor() ? recoveryCodes.findUnused(user.getId()).size() : 0);
    }

    /** A new secret for the signed-in user's app; nothing changes until {@link #confirmEnrolment}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TotpEnrolment startEnrolment() {
        UserAccount user = me();
        String secret = Totp.newSecret();
        return new TotpEnrolment(secret, Totp.grouped(secret), Totp.otpauthUri(mfa.issuer(), user.getUsername(), secret),
                Totp.qrCode(mfa.issuer(), user.getUsername(), secret));
    }

    /**
     * Turns two-factor sign-in on with {@code secret} once {@code code} proves the app holds it, replacing any
     * earlier secret and recovery codes. Returns the ten new recovery codes: they are never shown again.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String secret, String code) {
        UserAccount user = me();
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw InvalidInputException.of("code", "Start the set-up again: the key is not valid.");
        }
        OptionalLong step = Totp.matchingStep(secret, normalised(code), clock.instant());
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "That code does not match. Enter the 6-digit code your app shows"
                    + " now for Pathway; check that your phone's time is set automatically.");
        }
        user.enableTwoFactor(secret, step.getAsLong(), now());
        recoveryCodes.deleteByUserId(user.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            recoveryCodes.save(new RecoveryCode(user.getId(), passwordEncoder.encode(normalised(recovery))));
        }
        publish("MFA_ENABLED", user.getUsername(), user, true, Map.of());
        return List.copyOf(codes);
    }

    /**
     * The second step of signing in, for the user who gave their password: a current code of their app or an
     * unused recovery code (then spent). A wrong code counts like a wrong password, against the client's address
     * and, once per address, towards the account's lockout ({@link SignInThrottle}); an address that failed too often
     * is refused before the code is checked ({@link SecondStepResult#THROTTLED}).
     */
    @PreAuthorize("isAuthenticated()")
    public SecondStepResult verify(String code) {
        String username = currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        UserAccount user = users.findForSignIn(username)
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        Instant now = now();
        if (!user.isActive() || user.isLockedAt(now)) {
            publish("MFA_FAILURE", username, user, false, Map.of("reason", "account locked or deactivated"));
            return SecondStepResult.LOCKED;
        }
        String address = ClientAddress.current();
        if (throttle.refused(address, username).isPresent()) {
            publish("MFA_FAILURE", username, user, false, Map.of("reason", "too many failures from this address"));
            return SecondStepResult.THROTTLED;
        }
        String typed = normalised(code);
        String how = null;
        if (user.hasTwoFactor()) {
            OptionalLong step = Totp.matchingStep(user.getMfaSecret(), typed, now);
            if (step.isPresent() && user.acceptTwoFactorStep(step.getAsLong())) {
                how = "app code";
            } else if (step.isEmpty() && spendRecoveryCode(user, typed, now)) {
                how = "recovery code";
            }
        }
        if (how != null) {
            user.recordSuccessfulLogin(now);
            throttle.succeeded(username);
            publish("MFA_SUCCESS", username, user, true, Map.of("with", how));
            return SecondStepResult.VERIFIED;
        }
        boolean lockedNow = throttle.failed(address, username)
                && user.recordFailedLogin(now, security.maxFailedLogins(), security.lockoutDuration());
        publish("MFA_FAILURE", username, user, false, Map.of("reason", "wrong code"));
        if (lockedNow) {
            publish("ACCOUNT_LOCKED", username, user, true, Map.of("lockedUntil", user.getLockedUntil().toString(),
                    "failedAttempts", security.maxFailedLogins(), "step", "second"));
            events.publishEvent(new AccountLocked(user.getUsername(), user.getDisplayName(), user.getEmail(),
                    user.getLockedUntil()));
            return SecondStepResult.LOCKED;
        }
        return SecondStepResult.WRONG_CODE;
    }

    /** Turns the user's own second step off, unless their roles require it. */
    @PreAuthorize("isAuthenticated()")
    public void turnOff() {
        UserAccount user = me();
        if (mfa.requiredFor(user.getRoles())) {
            throw InvalidInputException.of("", "Your roles require two-factor sign-in: it cannot be turned off."
                    + " Set it up again to move it to another phone.");
        }
        user.disableTwoFactor(now());
        recoveryCodes.deleteByUserId(user.getId());
        publish("MFA_DISABLED", user.getUsername(), user, true, Map.of());
    }

    /**
     * An administrator's reset for someone who lost their phone and codes: the secret and recovery codes go, the
     * user's sessions end, and at the next sign-in they set up a new app (when their roles require it).
     */
    @PreAuthorize(Access.ADMIN)
    public void reset(long userId) {
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> new NotFoundException("No user with id " + userId + "."));
        boolean had = user.hasTwoFactor();
        user.disableTwoFactor(now());
        recoveryCodes.deleteByUserId(user.getId());
        int ended = sessions.endAll(user.getUsername(), SessionEnd.BY_ADMINISTRATOR);
        publish("MFA_RESET", currentUser.usernameOrSystem(), user, true,
                Map.of("username", user.getUsername(), "hadTwoFactor", had, "sessionsEnded", ended));
    }

    private boolean spendRecoveryCode(UserAccount user, String typed, Instant now) {
        if (typed.length() != 10) {
            return false;
        }
        for (RecoveryCode candidate : recoveryCodes.findUnused(user.getId())) {
            if (passwordEncoder.matches(typed, candidate.getCodeHash())) {
                candidate.use(now);
                return true;
            }
        }
        return false;
    }

    /** Codes are typed with spaces or dashes, in any case. */
    private static String normalised(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private UserAccount me() {
        String username = currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }

    private void publish(String action, String actor, UserAccount user, boolean success, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        events.publishEvent(new SecurityAuditEvent(action, actor, "USER", String.valueOf(user.getId()), success, null,
                all));
    }

    private Instant now() {
        return clock.instant();
    }
}
