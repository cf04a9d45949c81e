package com.pathway.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an entry's details into the small JSON document stored beside it (at most 4000 characters),
 * and splits a long list of keys over as many documents as it needs, so that no key is cut off.
 */
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

    /**
     * The details once per part of {@code keys}: each holds {@code details}, a comma-separated part of
     * the keys under {@code keys}, and (when there is more than one) {@code part} and {@code parts}.
     * Every document fits the column; every key is in exactly one of them, in order.
     */
    public List<Map<String, Object>> withKeys(Map<String, Object> details, List<String> keys) {
        Map<String, Object> base = new LinkedHashMap<>(details == null ? Map.of() : details);
        // Room left once the fixed details and the largest part numbers are written.
        Map<String, Object> widest = new LinkedHashMap<>(base);
        widest.put("keys", "");
        widest.put("part", Integer.MAX_VALUE);
        widest.put("parts", Integer.MAX_VALUE);
        int room = MAX_LENGTH - json.writeValueAsString(widest).length();
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int used = 0;
        for (String key : keys) {
            // A key's length as written in JSON (quotes or backslashes are escaped), without the surrounding quotes.
            int length = json.writeValueAsString(key).length() - 2;
            if (length + 1 > room) {
                throw new IllegalArgumentException("A key of " + key.length() + " characters cannot be audited.");
            }
            if (!chunk.isEmpty() && used + 1 + length > room) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                used = 0;
            }
            used += (chunk.isEmpty() ? 0 : 1) + length;
            chunk.append(chunk.isEmpty() ? "" : ",").append(key);
        }
        chunks.add(chunk.toString());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Map<String, Object> part = new LinkedHashMap<>(base);
            part.put("keys", chunks.get(i));
            if (chunks.size() > 1) {
                part.put("part", i + 1);
                part.put("parts", chunks.size());
            }
            parts.add(part);
        }
        return parts;
    }
}
