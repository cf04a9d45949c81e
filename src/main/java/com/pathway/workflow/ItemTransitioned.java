package com.pathway.workflow;

import java.time.Instant;
import java.util.Map;

import com.pathway.shared.events.OutboundEvent;

/**
 * A work item moved from one status to another, by a transition or by a workflow migration
 * ({@code transition} is then {@link #MIGRATION}). Published inside the transaction that made the
 * change; listeners that act on it should run after commit. Webhooks receive it as
 * {@code item.transitioned}, without the transition screen's field values (they may hold clinical
 * content).
 */
public record ItemTransitioned(long itemId, String key, String type, String transition, String fromStatus,
        String toStatus, StatusCategory toCategory, String resolution, String actor, Instant occurredAt,
        Map<String, Object> fields) implements OutboundEvent {

    public static final String EVENT_TYPE = "item.transitioned";

    public static final String MIGRATION = "Workflow migration";

    public ItemTransitioned {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public Map<String, Object> payload() {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("key", key);
        payload.put("type", type);
        payload.put("transition", transition);
        payload.put("fromStatus", fromStatus);
        payload.put("toStatus", toStatus);
        payload.put("toCategory", toCategory.name());
        payload.put("resolution", resolution);
        payload.put("actor", actor);
        payload.put("occurredAt", occurredAt.toString());
        return payload;
    }
}
