package com.pathway.audit;

import java.time.Instant;

/**
 * Filters for the audit trail; every part is optional.
 *
 * @param actor exact user name
 * @param action exact action
 * @param from inclusive start
 * @param to exclusive end; must be after {@code from} when both are given
 * @param outcome how the action ended
 */
public record AuditFilter(String actor, String action, Instant from, Instant to, AuditOutcome outcome) {

    /** A filter without outcome, as before outcomes could be filtered. */
    public AuditFilter(String actor, String action, Instant from, Instant to) {
        this(actor, action, from, to, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
