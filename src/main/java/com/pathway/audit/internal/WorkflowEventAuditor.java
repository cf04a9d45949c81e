package com.pathway.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.workflow.WorkflowAuditEvent;

/**
 * Records what the workflow engine publishes for the audit trail. Synchronous on purpose, as
 * {@link SecurityEventAuditor}: it runs inside the publisher's transaction, so an item's change and its
 * audit line are committed, or rolled back, together.
 */
@Component
public class WorkflowEventAuditor {

    private final AuditService audit;

    public WorkflowEventAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    public void on(WorkflowAuditEvent event) {
        AuditRecord record = new AuditRecord(event.action(), event.actor(), event.subjectType(), event.subjectId(),
                event.denied() ? AuditOutcome.DENIED : AuditOutcome.SUCCESS, null, event.details());
        if (event.isList()) {
            audit.recordWithKeys(record, event.keys());
        } else {
            audit.record(record);
        }
    }
}
