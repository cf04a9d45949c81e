package com.pathway.workflow;

import java.time.Instant;

/** A change of one of an item's engine fields (assignee, resolution, summary), like Jira's changelog. */
public record FieldChange(long id, String field, String oldValue, String newValue, String actor,
        Instant occurredAt) {
}
