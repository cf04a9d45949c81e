package com.pathway.audit;

import java.time.Instant;

/** One line of the audit trail as the audit view and exports show it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String entityType,
        String entityId, AuditOutcome outcome, String clientAddress, String details) {
}
