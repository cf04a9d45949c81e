package com.pathway.security;

/**
 * Why a signed-in session ended before the user signed out. Each reason has its own query parameter on
 * the sign-in page, which tells the user in plain words what happened.
 */
public enum SessionEnd {

    /** No user action for longer than the session timeout (heartbeats of an open tab do not count). */
    IDLE("timeout"),
    /** Signed in for longer than the absolute session lifetime. */
    LIFETIME("lifetime"),
    /** An administrator deactivated the account, reset its password or took a role away. */
    BY_ADMINISTRATOR("ended"),
    /** The user ended this session from another of their sessions. */
    BY_USER("closed");

    private final String loginParameter;

    SessionEnd(String loginParameter) {
        this.loginParameter = loginParameter;
    }

    /** The query parameter of the sign-in page that explains this end, e.g. {@code timeout}. */
    public String loginParameter() {
        return loginParameter;
    }

    /** The sign-in page for this end, relative to the application's root. */
    public String loginPath() {
        return "login?" + loginParameter;
    }
}
