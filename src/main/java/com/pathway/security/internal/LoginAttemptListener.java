package com.pathway.security.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.AccountLocked;
import com.pathway.security.SecurityAuditEvent;
import com.pathway.security.SecurityProperties;

/**
 * Counts failed sign-ins and locks an account after too many in a row, each client address counting once
 * ({@link SignInThrottle}); tells the owner of an account that locks ({@link AccountLocked}); records every
 * sign-in, failure, lockout and sign-out for the audit trail.
 */
@Component
public class LoginAttemptListener {

    private final UserAccountRepository users;
    private final SecurityProperties properties;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LoginAttemptListener(UserAccountRepository users, SecurityProperties properties, SignInThrottle throttle,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        boolean secondStep = users.findForSignIn(username).map(user -> {
            // With a second step the sign-in is complete only after the code (TwoFactorService.verify): failed
            // codes keep counting towards the lockout across attempts that give the right password.
            if (!user.hasTwoFactor()) {
                user.recordSuccessfulLogin(clock.instant());
                throttle.succeeded(username);
            }
            return user.hasTwoFactor();
        }).orElse(false);
        publish("LOGIN_SUCCESS", username, true, secondStep ? Map.of("secondStep", "pending") : Map.of());
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        Exception cause = event.getException();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason(cause));
        publish("LOGIN_FAILURE", username, false, details);
        boolean countsTowardsLock = throttle.failed(address(event), username);
        if (cause instanceof BadCredentialsException && countsTowardsLock) {
            users.findForSignIn(username).ifPresent(user -> {
                boolean lockedNow = user.recordFailedLogin(clock.instant(), properties.maxFailedLogins(),
                        properties.lockoutDuration());
                if (lockedNow) {
                    publish("ACCOUNT_LOCKED", username, true,
                            Map.of("lockedUntil", user.getLockedUntil().toString(),
                                    "failedAttempts", properties.maxFailedLogins()));
                    events.publishEvent(new AccountLocked(user.getUsername(), user.getDisplayName(), user.getEmail(),
                            user.getLockedUntil()));
                }
            });
        }
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        publish("LOGOUT", event.getAuthentication().getName(), true, Map.of());
    }

    private void publish(String action, String username, boolean success, Map<String, Object> details) {
        events.publishEvent(new SecurityAuditEvent(action, username, "USER", null, success, null, details));
    }

    /** The client's address as the sign-in form's request gave it, or {@code null} when unknown. */
    private static String address(AbstractAuthenticationFailureEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static String reason(Exception cause) {
        if (cause instanceof LockedException) {
            return "account locked";
        }
        if (cause instanceof DisabledException) {
            return "account deactivated";
        }
        if (cause instanceof BadCredentialsException) {
            return "wrong user name or password";
        }
        return cause.getClass().getSimpleName();
    }
}
