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
 * @param record a record's key, e.g. {@code PW-12}: entries about that record, and entries whose
 *        details name it among the keys a user was shown or sent
 */
public record AuditFilter(String actor, String action, Instant from, Instant to, AuditOutcome outcome,
        String record) {

    /** A filter without a record, as before records could be filtered. */
    public AuditFilter(String actor, String action, Instant from, Instant to, AuditOutcome outcome) {
        this(actor, action, from, to, outcome, null);
    }

    /** A filter without outcome, as before outcomes could be filtered. */
    public AuditFilter(String actor, String action, Instant from, Instant to) {
        this(actor, action, from, to, null, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter forRecord(String record) {
        return new AuditFilter(null, null, null, null, null, record);
    }
}
