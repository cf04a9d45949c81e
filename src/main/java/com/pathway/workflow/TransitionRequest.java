package com.pathway.workflow;

import java.util.Map;

/**
 * A request to run a transition.
 *
 * @param transition the transition's id or name
 * @param fields values for the transition screen's fields
 * @param comment an optional comment kept in the history
 * @param expectedVersion the item version the caller saw, or {@code null} to skip that check
 */
public record TransitionRequest(String transition, Map<String, Object> fields, String comment,
        Long expectedVersion) {

    public TransitionRequest {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public static TransitionRequest of(String transition) {
        return new TransitionRequest(transition, Map.of(), null, null);
    }
}
