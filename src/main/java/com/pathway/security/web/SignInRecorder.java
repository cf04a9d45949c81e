package com.pathway.security.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

import com.pathway.security.internal.OpenSessions;
import com.pathway.security.internal.SecondStepPolicy;
import com.pathway.security.internal.SecondStepPolicy.SecondStep;

/**
 * At sign-in (after the session id has changed): notes when the session signed in, for the idle and
 * lifetime limits, registers it so that it can be listed and ended, and marks it as waiting for its
 * second step when the user has one or must set one up ({@link SecondStepSession}), and as having to
 * change its password when an administrator set it ({@link PasswordChangeSession}).
 */
class SignInRecorder implements SessionAuthenticationStrategy {

    private final OpenSessions sessions;
    private final SecondStepPolicy secondStep;
    private final Clock clock;

    SignInRecorder(OpenSessions sessions, SecondStepPolicy secondStep, Clock clock) {
        this.sessions = sessions;
        this.secondStep = secondStep;
        this.clock = clock;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.setAttribute(SessionPolicyFilter.SIGNED_IN_AT, clock.instant());
        session.setAttribute(SessionPolicyFilter.LAST_ACTIVITY, clock.instant());
        SecondStep due = secondStep.after(authentication.getName());
        if (due != SecondStep.NONE) {
            SecondStepSession.require(session, due);
        }
        if (secondStep.passwordMustChange(authentication.getName())) {
            PasswordChangeSession.require(session);
        }
        sessions.register(session.getId(), authentication.getName(), request.getRemoteAddr(),
                request.getHeader(HttpHeaders.USER_AGENT));
    }
}
