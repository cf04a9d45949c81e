package com.pathway.workflow;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A transition of a {@link WorkflowDefinition}: from one or more statuses (or {@code any}) to one
 * status, with the rules that guard it and the fields its screen asks for.
 *
 * @param id stable identifier used by the API; derived from the name when not written
 * @param name what users see on the button
 * @param from the statuses it leaves, or {@code [any]}
 * @param to the status it enters
 * @param conditions who may see and run it; all must hold
 * @param validators checks on the item and the entered fields; every error is reported
 * @param postFunctions what happens after the status changed, in order
 * @param screen the fields asked for when running it
 * @param properties what the transition means to the plugin that owns the workflow (for example
 *        {@code merge: true}), as written; the engine gives them no meaning of its own
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "from", "to", "conditions", "validators", "postFunctions", "screen", "properties"})
public record Transition(String id, String name,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> from, String to,
        List<RuleRef> conditions, List<RuleRef> validators, List<RuleRef> postFunctions,
        List<ScreenField> screen, java.util.Map<String, String> properties) {

    public Transition {
        properties = properties == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        id = id == null || id.isBlank() ? slug(name) : id.strip();
        from = from == null ? List.of() : List.copyOf(from);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        validators = validators == null ? List.of() : List.copyOf(validators);
        postFunctions = postFunctions == null ? List.of() : List.copyOf(postFunctions);
        screen = screen == null ? List.of() : List.copyOf(screen);
    }

    public Transition(String id, String name, List<String> from, String to, List<RuleRef> conditions,
            List<RuleRef> validators, List<RuleRef> postFunctions, List<ScreenField> screen) {
        this(id, name, from, to, conditions, validators, postFunctions, screen, null);
    }

    /** A property's value, as written, if the transition has it. */
    public java.util.Optional<String> property(String key) {
        return java.util.Optional.ofNullable(properties.get(key)).map(String::strip);
    }

    /** Whether a boolean property is written as {@code true} (case ignored). */
    public boolean flag(String key) {
        return property(key).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** Whether this transition may be run from any status. */
    @JsonIgnore
    public boolean fromAny() {
        return from.stream().anyMatch(WorkflowDefinition.ANY::equalsIgnoreCase);
    }

    /** Whether it can be run on an item in the given status. */
    public boolean leaves(String status) {
        return fromAny() || from.stream().anyMatch(f -> f.equalsIgnoreCase(status));
    }

    static String slug(String name) {
        if (name == null) {
            return null;
        }
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
