package com.pathway.workflow;

import java.time.Instant;

/** A work item was created. Published inside the creating transaction; listen after commit. */
public record ItemCreated(long itemId, String key, String project, String type, String status, String actor,
        Instant occurredAt) {
}
