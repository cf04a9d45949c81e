package com.pathway.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * A work item moved from one status to another, by a transition or by a workflow migration
 * ({@code transition} is then {@link #MIGRATION}). Published inside the transaction that made the
 * change; listeners that act on it should run after commit.
 */
public record ItemTransitioned(long itemId, String key, String type, String transition, String fromStatus,
        String toStatus, StatusCategory toCategory, String resolution, String actor, Instant occurredAt,
        Map<String, Object> fields) {

    public static final String MIGRATION = "Workflow migration";

    public ItemTransitioned {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
