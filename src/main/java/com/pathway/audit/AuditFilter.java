package com.pathway.audit;

import java.time.Instant;

/**
 * Filters for the audit trail; every part is optional.
 *
 * @param actor exact user name
 * @param action exact action
 * @param from inclusive start
 * @param to exclusive end
 */
public record AuditFilter(String actor, String action, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
