package com.pathway.security.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.pathway.security.internal.SecondStepPolicy.SecondStep;

/**
 * A session whose password was accepted but whose second step (a code, or setting one up) is still due.
 * Until {@link #complete} it is signed in with the password only: no role, and every page but the
 * second step's is closed to it ({@link SecondStepFilter}).
 */
public final class SecondStepSession {

    /** The authority a password-only sign-in holds instead of its roles. */
    public static final String PENDING_AUTHORITY = "SECOND_STEP_PENDING";
    /** The page of the second step. */
    public static final String PATH = "two-factor";
    static final String PENDING = SecondStepSession.class.getName() + ".pending";

    private SecondStepSession() {
    }

    public static Optional<SecondStep> pending(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((SecondStep) session.getAttribute(PENDING));
    }

    static void require(HttpSession session, SecondStep step) {
        session.setAttribute(PENDING, step);
    }

    /** The second step was done: the session gets the user's roles from its next request on. */
    public static void complete(HttpSession session) {
        session.removeAttribute(PENDING);
    }

    /** Whether this sign-in still waits for its second step. */
    public static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(PENDING_AUTHORITY::equals);
    }
}
