package com.pathway.security.web;

import jakarta.servlet.http.HttpSession;

/**
 * A session whose user signed in with a password an administrator set (a new account, a reset): until
 * they choose their own on the {@value #PATH} page, that page is the only one they reach
 * ({@link PasswordChangeFilter}, and {@code security.ui.SecondStepGuard} inside Vaadin). It comes after the
 * second step, when one is due.
 */
public final class PasswordChangeSession {

    /** The page on which the user chooses their own password. */
    public static final String PATH = "change-password";
    static final String DUE = PasswordChangeSession.class.getName() + ".due";

    private PasswordChangeSession() {
    }

    static void require(HttpSession session) {
        session.setAttribute(DUE, Boolean.TRUE);
    }

    /** Whether this session must change its password before anything else. */
    public static boolean isDue(HttpSession session) {
        return session != null && session.getAttribute(DUE) != null;
    }

    /** The user chose their own password: the session reaches every page its roles allow. */
    public static void complete(HttpSession session) {
        if (session != null) {
            session.removeAttribute(DUE);
        }
    }
}
