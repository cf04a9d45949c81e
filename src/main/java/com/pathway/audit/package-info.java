/**
 * The append-only audit trail: who did what to which record, when, from where, and whether it
 * succeeded. Other modules call {@link com.pathway.audit.AuditService#record}; security events arrive
 * as {@link com.pathway.security.SecurityAuditEvent}s and the workflow engine's as
 * {@link com.pathway.workflow.WorkflowAuditEvent}s, both recorded inside the publisher's transaction.
 */
package com.pathway.audit;
