package com.pathway.workflow;

import java.time.Instant;

/**
 * A work item's fields changed outside a transition: a plugin's fields (recorded with
 * {@link WorkflowService#recordFieldChanges}) or a user field ({@link WorkflowService#setUserField}).
 * Published inside the transaction that made the change, once per call that changed something;
 * listeners that show items (boards) read the item again after commit. It carries no values, which may
 * hold personal data.
 */
public record ItemChanged(long itemId, String key, String actor, Instant occurredAt) {
}
