package com.pathway.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A resolution of a {@link WorkflowDefinition}. Written as a plain name ({@code Declined}) or, when
 * it carries properties, as {@code {name: Duplicate, properties: {duplicate: true}}}; it is written
 * back in the same shape, so YAML round-trips.
 *
 * @param properties what the resolution means to the plugin that owns the workflow, as written; the
 *        engine gives them no meaning of its own
 */
public record Resolution(String name, Map<String, String> properties) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Resolution {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A resolution written as its bare name. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Resolution of(String name) {
        return new Resolution(name, null);
    }

    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip);
    }

    /** Whether a boolean property is written as {@code true} (case ignored). */
    public boolean flag(String key) {
        return property(key).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** The name alone when there are no properties, so plain resolutions stay plain in YAML and JSON. */
    @JsonValue
    public Object asWritten() {
        if (properties.isEmpty()) {
            return name;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("name", name);
        written.put("properties", properties);
        return written;
    }
}
