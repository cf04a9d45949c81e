package com.pathway.security.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.pathway.security.SessionEnd;

/** The two time limits of a signed-in session, as a rule without Spring or servlets. */
final class SessionLimits {

    private SessionLimits() {
    }

    /**
     * Whether a session must end now: the absolute lifetime first (it holds however active the user is),
     * then the idle timeout. The limits themselves are still allowed.
     */
    static Optional<SessionEnd> check(Instant signedInAt, Instant lastActivity, Instant now, Duration idleTimeout,
            Duration lifetime) {
        if (now.isAfter(signedInAt.plus(lifetime))) {
            return Optional.of(SessionEnd.LIFETIME);
        }
        if (now.isAfter(lastActivity.plus(idleTimeout))) {
            return Optional.of(SessionEnd.IDLE);
        }
        return Optional.empty();
    }
}
