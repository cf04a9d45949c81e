package com.pathway.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.SecurityAuditEvent;

/**
 * Records every security event. Synchronous on purpose: it runs inside the publisher's transaction,
 * so a user change and its audit line are committed, or rolled back, together.
 */
@Component
public class SecurityEventAuditor {

    private final AuditService audit;

    public SecurityEventAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    public void on(SecurityAuditEvent event) {
        audit.record(new AuditRecord(event.action(), event.actor(), event.subjectType(), event.subjectId(),
                event.success() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, event.clientAddress(),
                event.details()));
    }
}
