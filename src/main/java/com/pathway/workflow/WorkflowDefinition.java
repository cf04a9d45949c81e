package com.pathway.workflow;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A workflow as written in YAML. Values are kept as written (strings, not enums) so that the checker
 * can report every problem at once instead of failing on the first.
 *
 * @param name the workflow's name, shared by all its versions
 * @param initial the status of a new item
 * @param statuses every status with its category
 * @param resolutions the resolutions an item may have in a Done-category status, each a name or a name
 *        with properties
 * @param transitions the moves between statuses and their rules
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "initial", "statuses", "resolutions", "transitions"})
public record WorkflowDefinition(String name, String initial, List<Status> statuses, List<Resolution> resolutions,
        List<Transition> transitions) {

    /** Written in a transition's {@code from} to mean every status. */
    public static final String ANY = "any";

    public WorkflowDefinition {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    /** The resolutions' names, in order. */
    public List<String> resolutionNames() {
        return resolutions.stream().map(Resolution::name).toList();
    }

    /** A resolution by its name, ignoring case. */
    public Optional<Resolution> resolution(String resolutionName) {
        return resolutions.stream().filter(r -> r.name() != null && r.name().equalsIgnoreCase(resolutionName))
                .findFirst();
    }

    public Optional<Status> status(String statusName) {
        return statuses.stream().filter(s -> s.name() != null && s.name().equalsIgnoreCase(statusName)).findFirst();
    }

    /** A transition by its id or its name, ignoring case. */
    public Optional<Transition> transition(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        return transitions.stream()
                .filter(t -> idOrName.equalsIgnoreCase(t.id()) || idOrName.equalsIgnoreCase(t.name()))
                .findFirst();
    }

    public StatusCategory categoryOf(String statusName) {
        return status(statusName).map(Status::statusCategory).orElseThrow(
                () -> new IllegalArgumentException("Workflow " + name + " has no status " + statusName));
    }

    /** The names of the statuses whose boolean property {@code flag} is {@code true}, as written. */
    public java.util.Set<String> statusesFlagged(String flag) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        statuses.stream().filter(s -> s.flag(flag)).forEach(s -> names.add(s.name()));
        return names;
    }

    /**
     * @param category TODO, IN_PROGRESS or DONE
     * @param properties what the status means to the plugin that owns the workflow (for example
     *        {@code clinical: true}), as written; the engine gives them no meaning of its own
     */
    @JsonPropertyOrder({"name", "category", "properties"})
    public record Status(String name, String category, java.util.Map<String, String> properties) {

        public Status {
            properties = properties == null ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }

        public Status(String name, String category) {
            this(name, category, null);
        }

        /** A property's value, as written, if the status has it. */
        public Optional<String> property(String key) {
            return Optional.ofNullable(properties.get(key)).map(String::strip);
        }

        /** Whether a boolean property is written as {@code true} (case ignored). */
        public boolean flag(String key) {
            return property(key).map("true"::equalsIgnoreCase).orElse(false);
        }

        public StatusCategory statusCategory() {
            return StatusCategory.valueOf(category.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
