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
import com.vaadin.flow.server.VaadinService;
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
 * The ended session's next request lands on the sign-in page with the reason (see {@link #explain}).
 */
class SessionPolicyFilter extends OncePerRequestFilter {

    /** When the session signed in ({@link Instant}). */
    static final String SIGNED_IN_AT = SessionPolicyFilter.class.getName() + ".signedInAt";
    /** The last page load or user action ({@link Instant}). */
    static final String LAST_ACTIVITY = SessionPolicyFilter.class.getName() + ".lastActivity";

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
     * Tells the browser of an ended session where to go. A page load is redirected to the sign-in page. A
     * UIDL request gets Vaadin's "critical notification" answer with no text and the sign-in URL, which
     * Vaadin's client follows at once (its own "session expired" answer would send it to the URL it was
     * given when the page loaded, which cannot know the reason). Other Vaadin requests (heartbeat, push)
     * continue without a session and get Vaadin's own "session expired" answer ({@link SessionExpiryRedirect});
     * the reason is remembered for the next page load that still carries the ended session's cookie.
     */
    private void explain(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            SessionEnd reason) throws IOException, ServletException {
        if (ApplicationConstants.REQUEST_TYPE_UIDL.equals(
                request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))) {
            sessions.explained(request.getRequestedSessionId());
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null,
                    request.getContextPath() + "/" + reason.loginPath()));
            return;
        }
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
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

    static boolean isStaticResource(HttpServletRequest request) {
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
