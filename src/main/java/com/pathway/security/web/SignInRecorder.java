package com.pathway.security.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

import com.pathway.security.internal.OpenSessions;

/**
 * At sign-in (after the session id has changed): notes when the session signed in, for the idle and
 * lifetime limits, and registers it so that it can be listed and ended.
 */
class SignInRecorder implements SessionAuthenticationStrategy {

    private final OpenSessions sessions;
    private final Clock clock;

    SignInRecorder(OpenSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.setAttribute(SessionPolicyFilter.SIGNED_IN_AT, clock.instant());
        session.setAttribute(SessionPolicyFilter.LAST_ACTIVITY, clock.instant());
        sessions.register(session.getId(), authentication.getName(), request.getRemoteAddr(),
                request.getHeader(HttpHeaders.USER_AGENT));
    }
}
