package com.pathway.workflow;

import java.time.Instant;

/** A stored version of a workflow definition. */
public record DefinitionSummary(long id, String name, int version, DefinitionState state, Instant createdAt,
        String createdBy, Instant publishedAt, String publishedBy) {
}
