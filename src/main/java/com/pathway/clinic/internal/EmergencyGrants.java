package com.pathway.clinic.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The leads a user may read by emergency access right now, each with the reason given. */
@Component
public class EmergencyGrants {

    private final EmergencyAccessRepository accesses;
    private final Clock clock;

    public EmergencyGrants(EmergencyAccessRepository accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, String> activeFor(String username) {
        if (username == null) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<String, String> granted = new LinkedHashMap<>();
        accesses.findActive(username.toLowerCase(Locale.ROOT), now).stream().filter(a -> a.isActiveAt(now))
                .forEach(a -> granted.merge(a.getItemKey(), a.getReason(), (first, later) -> later));
        return granted;
    }
}
