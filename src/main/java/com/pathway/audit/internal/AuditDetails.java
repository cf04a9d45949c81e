package com.pathway.audit.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Turns an entry's details into the small JSON document stored beside it (at most 4000 characters). */
@Component
public class AuditDetails {

    static final int MAX_LENGTH = 4000;

    private final JsonMapper json;

    public AuditDetails(JsonMapper json) {
        this.json = json;
    }

    public String toJson(Map<String, Object> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        String text = json.writeValueAsString(details);
        if (text.length() > MAX_LENGTH) {
            return json.writeValueAsString(Map.of("truncated", text.substring(0, MAX_LENGTH - 100)));
        }
        return text;
    }
}
