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
 * @param resolutions the resolutions an item may have in a Done-category status
 * @param transitions the moves between statuses and their rules
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "initial", "statuses", "resolutions", "transitions"})
public record WorkflowDefinition(String name, String initial, List<Status> statuses, List<String> resolutions,
        List<Transition> transitions) {

    /** Written in a transition's {@code from} to mean every status. */
    public static final String ANY = "any";

    public WorkflowDefinition {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
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

    /** @param category TODO, IN_PROGRESS or DONE */
    @JsonPropertyOrder({"name", "category"})
    public record Status(String name, String category) {

        public StatusCategory statusCategory() {
            return StatusCategory.valueOf(category.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
