package com.pathway.workflow;

import java.util.List;
import java.util.Map;

/**
 * What the engine asks the audit trail to record, published as an event instead of a call: an item
 * created or transitioned, a workflow imported or published, a restricted item read or listed, a read
 * refused. The audit module records it synchronously, inside the publisher's transaction (a refused read
 * in a transaction of its own), so a change and its audit line are committed, or rolled back, together.
 *
 * @param actor who did it, or {@code null} for the signed-in user
 * @param keys for a list: every key shown (the audit trail splits long lists into several entries); null
 *        for one record
 * @param details small facts for a reader (never clinical content)
 */
public record WorkflowAuditEvent(String action, String actor, String subjectType, String subjectId, boolean denied,
        Map<String, Object> details, List<String> keys) {

    public WorkflowAuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
        keys = keys == null ? null : List.copyOf(keys);
    }

    /** Something done or read. */
    public static WorkflowAuditEvent success(String action, String actor, String subjectType, String subjectId,
            Map<String, Object> details) {
        return new WorkflowAuditEvent(action, actor, subjectType, subjectId, false, details, null);
    }

    /** A read the rules refused. */
    public static WorkflowAuditEvent denied(String action, String subjectType, String subjectId,
            Map<String, Object> details) {
        return new WorkflowAuditEvent(action, null, subjectType, subjectId, true, details, null);
    }

    /** A list that showed these keys. */
    public static WorkflowAuditEvent listed(String action, String subjectType, Map<String, Object> details,
            List<String> keys) {
        return new WorkflowAuditEvent(action, null, subjectType, null, false, details, keys);
    }

    /** Whether this names every key of a list shown. */
    public boolean isList() {
        return keys != null;
    }
}
