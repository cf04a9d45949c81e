package com.pathway.security;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.security.internal.OpenSessions;
import com.pathway.shared.NotFoundException;

/**
 * A signed-in user's own open sessions: list them, and end any of them (a forgotten sign-in on another
 * computer, say). Ending one takes effect on that session's next request. Ending the current one is the
 * caller's sign-out; the view signs out right after.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionService {

    private final OpenSessions sessions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    public SessionService(OpenSessions sessions, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The caller's open sessions on this server, most recently active first. */
    public List<OpenSession> mySessions() {
        return sessions.sessionsOf(me());
    }

    /**
     * Ends one of the caller's sessions.
     *
     * @return whether it was the session of this very request (the caller should then sign out)
     * @throws NotFoundException when the caller has no open session with this handle
     */
    public boolean endMySession(String handle) {
        String me = me();
        boolean current = sessions.isCurrent(handle);
        if (handle == null || !sessions.end(me, handle, SessionEnd.BY_USER)) {
            throw new NotFoundException("You have no open session with this name; it may have ended already.");
        }
        events.publishEvent(new SecurityAuditEvent("SESSION_ENDED", me, "USER", currentUser.userId()
                .map(String::valueOf).orElse(null), true, null,
                Map.of("reason", SessionEnd.BY_USER.name(), "current", current)));
        return current;
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
