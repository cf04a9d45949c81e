package com.pathway.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationListener;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.pathway.security.OpenSession;
import com.pathway.security.SessionEnd;

/**
 * The signed-in sessions of this application instance, kept in Spring Security's
 * {@link SessionRegistryImpl} (which forgets a session when the container destroys it) plus what the
 * profile shows about each. Ending a session marks it expired with a reason; the session filter
 * invalidates it on its next request, whatever kind of request that is.
 * <p>
 * The registry lives in memory: with several application instances behind a load balancer, each
 * instance knows only its own sessions (sticky sessions, or Spring Session with its registry, are
 * needed for a cluster).
 */
@Component
public class OpenSessions implements ApplicationListener<AbstractSessionEvent> {

    /** How long the reason for an ended session is remembered for requests that still carry its cookie. */
    static final Duration REMEMBER_ENDED = Duration.ofMinutes(30);
    static final int MAX_REMEMBERED = 10_000;

    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final Map<String, Details> details = new ConcurrentHashMap<>();
    private final Map<String, SessionEnd> endReasons = new ConcurrentHashMap<>();
    private final Map<String, Ended> recentlyEnded = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Ended> eldest) {
                    return size() > MAX_REMEMBERED;
                }
            });
    private final Clock clock;

    public OpenSessions(Clock clock) {
        this.clock = clock;
    }

    private record Details(String handle, String username, Instant signedInAt, String clientAddress,
            String browser) {
    }

    private record Ended(SessionEnd reason, Instant at) {
    }

    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        registry.onApplicationEvent(event);
        if (event instanceof org.springframework.security.core.session.SessionDestroyedEvent destroyed) {
            details.remove(destroyed.getId());
            endReasons.remove(destroyed.getId());
        } else if (event instanceof SessionIdChangedEvent changed) {
            // A session renumbered after sign-in (its second step done) is the same session: it stays listed.
            Details moved = details.remove(changed.getOldSessionId());
            if (moved != null) {
                details.put(changed.getNewSessionId(), moved);
            }
            SessionEnd reason = endReasons.remove(changed.getOldSessionId());
            if (reason != null) {
                endReasons.put(changed.getNewSessionId(), reason);
            }
        }
    }

    /** Records a session that has just signed in. */
    public void register(String sessionId, String username, String clientAddress, String browser) {
        registry.registerNewSession(sessionId, username);
        details.put(sessionId, new Details(UUID.randomUUID().toString(), username, clock.instant(),
                clientAddress, abbreviate(browser)));
    }

    /** A page load or user action in this session. */
    public void recordActivity(String sessionId) {
        registry.refreshLastRequest(sessionId);
    }

    /** Why this session was ended by someone, if it was. */
    public Optional<SessionEnd> endReason(String sessionId) {
        SessionInformation info = registry.getSessionInformation(sessionId);
        if (info == null || !info.isExpired()) {
            return Optional.empty();
        }
        return Optional.of(endReasons.getOrDefault(sessionId, SessionEnd.BY_ADMINISTRATOR));
    }

    /** Forgets a session that is being invalidated, remembering why for requests that still carry its cookie. */
    public void forget(String sessionId, SessionEnd reason) {
        registry.removeSessionInformation(sessionId);
        details.remove(sessionId);
        endReasons.remove(sessionId);
        recentlyEnded.put(sessionId, new Ended(reason, clock.instant()));
    }

    /** Why the session a request still names was ended lately, if this instance ended it. */
    public Optional<SessionEnd> endedRecently(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Ended ended = recentlyEnded.get(sessionId);
        if (ended == null || ended.at().plus(REMEMBER_ENDED).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(ended.reason());
    }

    /** Stops answering for a session already explained to its browser. */
    public void explained(String sessionId) {
        recentlyEnded.remove(sessionId);
    }

    /** The user's open sessions, most recently active first. */
    public List<OpenSession> sessionsOf(String username) {
        String current = currentSessionId().orElse(null);
        return registry.getAllSessions(username, false).stream()
                .filter(info -> details.containsKey(info.getSessionId()))
                .sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
                .map(info -> {
                    Details d = details.get(info.getSessionId());
                    return new OpenSession(d.handle(), d.signedInAt(), info.getLastRequest().toInstant(),
                            d.clientAddress(), d.browser(), info.getSessionId().equals(current));
                })
                .toList();
    }

    /** Ends every open session of the user; returns how many. */
    public int endAll(String username, SessionEnd reason) {
        int ended = 0;
        for (SessionInformation info : registry.getAllSessions(username, false)) {
            endReasons.put(info.getSessionId(), reason);
            info.expireNow();
            ended++;
        }
        return ended;
    }

    /** Ends every open session of the user except the one of the current request; returns how many. */
    public int endOthers(String username, SessionEnd reason) {
        String current = currentSessionId().orElse(null);
        int ended = 0;
        for (SessionInformation info : registry.getAllSessions(username, false)) {
            if (!info.getSessionId().equals(current)) {
                endReasons.put(info.getSessionId(), reason);
                info.expireNow();
                ended++;
            }
        }
        return ended;
    }

    /** Ends the user's session with this handle; false when the user has no such open session. */
    public boolean end(String username, String handle, SessionEnd reason) {
        for (SessionInformation info : registry.getAllSessions(username, false)) {
            Details d = details.get(info.getSessionId());
            if (d != null && d.handle().equals(handle)) {
                endReasons.put(info.getSessionId(), reason);
                info.expireNow();
                return true;
            }
        }
        return false;
    }

    /** Whether the handle names the session of the current request. */
    public boolean isCurrent(String handle) {
        return currentSessionId().map(details::get).map(d -> d.handle().equals(handle)).orElse(false);
    }

    private static Optional<String> currentSessionId() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session).map(HttpSession::getId);
    }

    /** A short name such as "Chrome on Linux" for a browser's User-Agent header. */
    static String abbreviate(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String browser = userAgent.contains("Edg/") ? "Edge"
                : userAgent.contains("OPR/") ? "Opera"
                : userAgent.contains("Firefox/") ? "Firefox"
                : userAgent.contains("Chrome/") ? "Chrome"
                : userAgent.contains("Safari/") ? "Safari"
                : "Other client";
        String system = userAgent.contains("Windows") ? "Windows"
                : userAgent.contains("Android") ? "Android"
                : userAgent.contains("iPhone") || userAgent.contains("iPad") ? "iOS"
                : userAgent.contains("Mac OS X") ? "macOS"
                : userAgent.contains("Linux") ? "Linux"
                : null;
        return system == null ? browser : browser + " on " + system;
    }
}
