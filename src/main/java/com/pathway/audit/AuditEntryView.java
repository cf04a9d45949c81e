package com.pathway.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of the audit trail as the audit view and exports show it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String entityType,
        String entityId, AuditOutcome outcome, String clientAddress, String details) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Every detail field in the order it was written, values as text ({@code keys} stays one
     * comma-separated value). Details that are not a JSON object are shown whole under {@code details}.
     */
    public Map<String, String> detailFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (details == null || details.isBlank()) {
            return fields;
        }
        try {
            JsonNode node = JSON.readTree(details);
            if (node.isObject()) {
                for (var entry : node.properties()) {
                    JsonNode value = entry.getValue();
                    fields.put(entry.getKey(), value.isValueNode() ? value.asString() : value.toString());
                }
                return fields;
            }
        } catch (RuntimeException unreadable) {
            // Fall through: show what was stored rather than nothing.
        }
        fields.put("details", details);
        return fields;
    }
}
