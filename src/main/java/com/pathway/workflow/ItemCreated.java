package com.pathway.workflow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.pathway.shared.events.OutboundEvent;

/**
 * A work item was created. Published inside the creating transaction; listen after commit. Webhooks
 * receive it as {@code item.created}.
 */
public record ItemCreated(long itemId, String key, String project, String type, String status, String actor,
        Instant occurredAt) implements OutboundEvent {

    public static final String EVENT_TYPE = "item.created";

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public Map<String, Object> payload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("key", key);
        payload.put("project", project);
        payload.put("type", type);
        payload.put("status", status);
        payload.put("actor", actor);
        payload.put("occurredAt", occurredAt.toString());
        return payload;
    }
}
