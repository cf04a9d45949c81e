package com.pathway.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.pathway.security.SecurityAuditEvent;
import com.pathway.shared.ClientRateLimiter;

/**
 * Failures that come in floods (bad API credentials, sign-ins refused while an address is throttled) are
 * written to the audit as one summary row per action and client address per window instead of a row each:
 * how many, the first and last time, the user names tried (at most {@value #NAMES_KEPT}) and the reasons.
 * The window ends when {@link #flush()} runs, every {@code pathway.security.throttle.api-period}. Tallies live in
 * this node's memory; at most {@value #MAX_TALLIES} are open at once, further addresses are tallied together.
 */
@Component
public class AuthFailureSummaries {

    static final int NAMES_KEPT = 10;
    static final int MAX_TALLIES = 10_000;
    static final String OTHER_ADDRESSES = "other addresses";

    private record Key(String action, String client) {
    }

    private static final class Tally {
        long count;
        Instant first;
        Instant last;
        final Set<String> names = new TreeSet<>();
        long moreNames;
        final Map<String, Long> reasons = new TreeMap<>();
    }

    private final Map<Key, Tally> open = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AuthFailureSummaries(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Counts one failure of {@code action} from the address into this window's summary. */
    public void add(String action, String address, String username, String reason) {
        String client = ClientRateLimiter.clientKey(address);
        Key key = new Key(action, client);
        if (open.size() >= MAX_TALLIES && !open.containsKey(key)) {
            key = new Key(action, OTHER_ADDRESSES);
        }
        Instant now = clock.instant();
        open.compute(key, (k, tally) -> {
            Tally t = tally == null ? new Tally() : tally;
            t.count++;
            t.first = t.first == null ? now : t.first;
            t.last = now;
            String name = username == null || username.isBlank() ? "(none)" : username;
            if (t.names.size() < NAMES_KEPT || t.names.contains(name)) {
                t.names.add(name);
            } else {
                t.moreNames++;
            }
            t.reasons.merge(reason, 1L, Long::sum);
            return t;
        });
    }

    /** Writes one audit row per action and address for the window that ends now; returns how many. */
    @Scheduled(fixedDelayString = "${pathway.security.throttle.api-period:1m}",
            initialDelayString = "${pathway.security.throttle.api-period:1m}")
    public int flush() {
        List<Key> keys = new ArrayList<>(open.keySet());
        int written = 0;
        for (Key key : keys) {
            Tally t = open.remove(key);
            if (t == null) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("count", t.count);
            details.put("first", t.first.toString());
            details.put("last", t.last.toString());
            details.put("users", String.join(", ", t.names) + (t.moreNames > 0 ? " and " + t.moreNames + " more" : ""));
            details.put("reasons", t.reasons.toString());
            String actor = t.names.size() == 1 && t.moreNames == 0 ? t.names.iterator().next() : "several";
            events.publishEvent(new SecurityAuditEvent(key.action(), actor, "CLIENT", key.client(), false,
                    OTHER_ADDRESSES.equals(key.client()) ? null : key.client(), details));
            written++;
        }
        return written;
    }

    @PreDestroy
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The database may already be gone; a summary is lost rather than the shutdown stopped.
        }
    }
}
