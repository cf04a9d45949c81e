package com.pathway.security.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pathway.security.SecurityAuditEvent;
import com.pathway.security.SecurityProperties;
import com.pathway.security.SessionEnd;
import com.pathway.security.internal.OpenSessions;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.spring.security.RequestUtil;

/**
 * Ends a signed-in session when it should end: after the idle timeout, after the absolute lifetime, or
 * when someone ended it (an administrator's change to the account, or the user from another session).
 * The HTTP session is invalidated, not only Vaadin's UI, so the security context goes with it.
 * <p>
 * Only page loads and Vaadin's UIDL requests (clicks, keystrokes, navigation) count as activity. Vaadin's
 * heartbeats, push and static resources do not: an open tab keeps sending heartbeats, and they must not
 * keep an unattended session alive. The container's own session timeout (set to the same idle time)
 * still ends a session whose tab was closed.
 * <p>
 * The ended session's next request lands on the sign-in page with the reason: a page load is redirected
 * there; a Vaadin request goes on without a session, so Vaadin answers "session expired" and its client
 * follows the URL that {@link SessionExpiryRedirect} chooses for the reason.
 */
class SessionPolicyFilter extends OncePerRequestFilter {

    /** When the session signed in ({@link Instant}). */
    static final String SIGNED_IN_AT = SessionPolicyFilter.class.getName() + ".signedInAt";
    /** The last page load or user action ({@link Instant}). */
    static final String LAST_ACTIVITY = SessionPolicyFilter.class.getName() + ".lastActivity";
    /** Request attribute: the {@link SessionEnd} of the session this request belonged to. */
    static final String END_REASON = SessionPolicyFilter.class.getName() + ".endReason";

    private final OpenSessions sessions;
    private final SecurityProperties properties;
    private final RequestUtil vaadinRequests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionPolicyFilter(OpenSessions sessions, SecurityProperties properties, RequestUtil vaadinRequests,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.vaadinRequests = vaadinRequests;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Instant signedInAt = session == null ? null : (Instant) session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            Optional<SessionEnd> ended = session == null
                    ? sessions.endedRecently(request.getRequestedSessionId()) : Optional.empty();
            if (ended.isPresent() && !isSignInPage(request)) {
                explain(request, response, chain, ended.get());
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Instant now = clock.instant();
        Instant lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
        Optional<SessionEnd> end = sessions.endReason(session.getId())
                .or(() -> SessionLimits.check(signedInAt, lastActivity == null ? signedInAt : lastActivity, now,
                        properties.sessionTimeout(), properties.sessionLifetime()));
        if (end.isPresent()) {
            endSession(request, session, end.get());
            explain(request, response, chain, end.get());
            return;
        }
        if (countsAsActivity(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
            sessions.recordActivity(session.getId());
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, HttpSession session, SessionEnd reason) {
        String username = SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getName();
        sessions.forget(session.getId(), reason);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // Ended meanwhile by the container: nothing left to do.
        }
        SecurityContextHolder.clearContext();
        events.publishEvent(new SecurityAuditEvent("SESSION_ENDED", username == null ? "system" : username,
                "USER", null, true, request.getRemoteAddr(), Map.of("reason", reason.name())));
    }

    /**
     * Tells the browser of an ended session where to go. A page load is redirected to the sign-in page; a
     * Vaadin request continues without a session and gets Vaadin's own "session expired" answer.
     */
    private void explain(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            SessionEnd reason) throws IOException, ServletException {
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            request.setAttribute(END_REASON, reason);
            chain.doFilter(request, response);
            return;
        }
        sessions.explained(request.getRequestedSessionId());
        response.sendRedirect(request.getContextPath() + "/" + reason.loginPath());
    }

    private boolean countsAsActivity(HttpServletRequest request) {
        String type = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (type != null) {
            return ApplicationConstants.REQUEST_TYPE_UIDL.equals(type);
        }
        return !vaadinRequests.isFrameworkInternalRequest(request) && !isStaticResource(request);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.startsWith("/icons/")
                || path.startsWith("/favicon") || path.startsWith("/sw")
                || path.endsWith(".webmanifest");
    }

    private static boolean isSignInPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.startsWith("/login/");
    }
}
