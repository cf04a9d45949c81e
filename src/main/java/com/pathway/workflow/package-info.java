/**
 * The Jira-style workflow engine: projects, work items, versioned workflow definitions, transitions
 * with conditions, validators and post-functions, resolutions and history. Knows nothing about
 * clinics; plugins extend it through {@link com.pathway.workflow.WorkflowPlugin} and the rule
 * interfaces, and other modules react to {@link com.pathway.workflow.ItemCreated} and
 * {@link com.pathway.workflow.ItemTransitioned}. What the audit trail records of it is published as
 * {@link com.pathway.workflow.WorkflowAuditEvent}s: the engine does not call the audit module.
 */
package com.pathway.workflow;
