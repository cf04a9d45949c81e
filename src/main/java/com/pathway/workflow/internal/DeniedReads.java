package com.pathway.workflow.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.workflow.WorkflowAuditEvent;

/**
 * Publishes a refused read for the audit trail in a transaction of its own: the caller's transaction
 * rolls back with the "no such item" it throws, and the denial must outlive it. The audit module's
 * listener is synchronous, so it records the denial inside this transaction.
 */
@Component
class DeniedReads {

    private final ApplicationEventPublisher events;

    DeniedReads(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(WorkflowAuditEvent denial) {
        events.publishEvent(denial);
    }
}
