package com.pathway.workflow;

import java.time.Instant;

/**
 * A change of one of an item's fields, like Jira's changelog: an engine field (assignee, resolution,
 * summary) or a plugin's field.
 */
public record FieldChange(long id, String field, String oldValue, String newValue, String actor,
        Instant occurredAt) {
}
