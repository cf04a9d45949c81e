package com.pathway.workflow.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;

/**
 * Writes a refused read to the audit trail in a transaction of its own: the caller's transaction
 * rolls back with the "no such item" it throws, and the denial must outlive it.
 */
@Component
class DeniedReads {

    private final AuditService audit;

    DeniedReads(AuditService audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditRecord denial) {
        audit.record(denial);
    }
}
