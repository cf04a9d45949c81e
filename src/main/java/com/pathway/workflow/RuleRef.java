package com.pathway.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rule of a transition (a condition, validator or post-function) by its registered id, with the
 * parameters written beside it in the definition.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "params"})
public record RuleRef(String id, Map<String, Object> params) {

    public RuleRef {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static RuleRef of(String id) {
        return new RuleRef(id, Map.of());
    }

    /** A parameter as text, or {@code null} when absent. */
    public String param(String name) {
        Object value = params.get(name);
        return value == null ? null : String.valueOf(value);
    }

    /** A parameter that may be written as one value or a list. */
    public List<String> paramList(String name) {
        Object value = params.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
