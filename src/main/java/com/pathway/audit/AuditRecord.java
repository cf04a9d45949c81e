package com.pathway.audit;

import java.util.Map;

/**
 * What a module asks the audit trail to record. The time, and (unless given) the actor and client
 * address, are filled in by {@link AuditService}.
 *
 * @param action what happened, upper case with underscores, e.g. {@code LEAD_VIEWED}
 * @param actor who did it, or {@code null} for the signed-in user
 * @param entityType kind of record, e.g. {@code LEAD}, or {@code null}
 * @param entityId which record, or {@code null}
 * @param outcome how it ended
 * @param clientAddress the client address, or {@code null} for the current request's
 * @param details small facts that help a reader (never passwords, tokens or clinical content)
 */
public record AuditRecord(String action, String actor, String entityType, String entityId, AuditOutcome outcome,
        String clientAddress, Map<String, Object> details) {

    /**
     * The action of an emergency access granted to someone outside their scope (details: {@code reason},
     * {@code until}); administrators review these on the audit trail's Emergency access page.
     */
    public static final String EMERGENCY_ACCESS = "EMERGENCY_ACCESS_GRANTED";

    public AuditRecord {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditRecord success(String action, String entityType, String entityId) {
        return new AuditRecord(action, null, entityType, entityId, AuditOutcome.SUCCESS, null, Map.of());
    }
}
