package com.pathway.security.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.pathway.security.internal.SecondStepPolicy.SecondStep;

/**
 * A session whose password was accepted but whose second step (a code, or setting one up) is still due.
 * Until {@link #complete} it is signed in with the password only: no role, and every page but the
 * second step's is closed to it ({@link SecondStepFilter}). The page the user asked for meanwhile is
 * remembered, so that the finished sign-in goes there.
 */
public final class SecondStepSession {

    /** The authority a password-only sign-in holds instead of its roles. */
    public static final String PENDING_AUTHORITY = "SECOND_STEP_PENDING";
    /** The page of the code (a plain form, {@link SecondStepController}). */
    public static final String PATH = "two-factor";
    /** The page that sets up a second step the user's roles require ({@code security.ui.TwoFactorView}). */
    public static final String SET_UP_PATH = "two-factor/set-up";
    static final String PENDING = SecondStepSession.class.getName() + ".pending";
    static final String TARGET = SecondStepSession.class.getName() + ".target";

    private SecondStepSession() {
    }

    public static Optional<SecondStep> pending(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((SecondStep) session.getAttribute(PENDING));
    }

    static void require(HttpSession session, SecondStep step) {
        session.setAttribute(PENDING, step);
    }

    /** The page (its address on this server: path and query) that the finished sign-in opens. */
    static void rememberTarget(HttpSession session, String pathAndQuery) {
        if (isLocalPath(pathAndQuery)) {
            session.setAttribute(TARGET, pathAndQuery);
        }
    }

    /** The page asked for while the second step was due, else {@code fallback}; forgotten once read. */
    static String takeTarget(HttpSession session, String fallback) {
        Object target = session.getAttribute(TARGET);
        session.removeAttribute(TARGET);
        return target instanceof String path && isLocalPath(path) ? path : fallback;
    }

    /**
     * The second step was done (a code, or setting one up): the session gets the user's roles from its next
     * request on, under a new id, so that an id seen while only the password was given opens nothing.
     */
    public static void complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        complete(session);
        request.changeSessionId();
    }

    /** Only the mark: for tests that hold a session without its request. */
    static void complete(HttpSession session) {
        session.removeAttribute(PENDING);
    }

    /** Whether this sign-in still waits for its second step. */
    public static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(PENDING_AUTHORITY::equals);
    }

    /** A path of this application: one leading slash, never "//host" or "/\host" (which a browser reads as a host). */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }
}
