package com.pathway.workflow.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pathway.workflow.Resolution;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

/**
 * Fills properties a definition lacks from the same-named parts of another (the plugin's default), to
 * bring a workflow published before its plugin required them up to date.
 */
final class MissingProperties {

    private MissingProperties() {
    }

    /** {@code current} with every property it lacks taken from {@code defaults}; what it has is kept. */
    static WorkflowDefinition takenFrom(WorkflowDefinition current, WorkflowDefinition defaults) {
        return new WorkflowDefinition(current.name(), current.initial(),
                current.statuses().stream().map(s -> new Status(s.name(), s.category(), merged(s.properties(),
                        defaults.status(s.name()).map(Status::properties)))).toList(),
                current.resolutions().stream().map(r -> new Resolution(r.name(), merged(r.properties(),
                        defaults.resolution(r.name()).map(Resolution::properties)))).toList(),
                current.transitions().stream().map(t -> completed(t, defaults.transitions().stream()
                        .filter(d -> d.name() != null && d.name().equalsIgnoreCase(t.name())).findFirst()))
                        .toList());
    }

    /**
     * The transition's properties, and the params of rules written without any (as a rule was before it
     * took params), from the same-named transition of the defaults.
     */
    private static Transition completed(Transition t, Optional<Transition> defaults) {
        if (defaults.isEmpty()) {
            return t;
        }
        Transition d = defaults.get();
        return new Transition(t.id(), t.name(), t.from(), t.to(), params(t.conditions(), d.conditions()),
                params(t.validators(), d.validators()), params(t.postFunctions(), d.postFunctions()), t.screen(),
                merged(t.properties(), Optional.of(d.properties())));
    }

    private static List<RuleRef> params(List<RuleRef> own, List<RuleRef> defaults) {
        return own.stream().map(r -> !r.params().isEmpty() ? r : defaults.stream()
                .filter(d -> d.id() != null && d.id().equals(r.id())).findFirst().orElse(r)).toList();
    }

    private static Map<String, String> merged(Map<String, String> own, Optional<Map<String, String>> defaults) {
        Map<String, String> merged = new LinkedHashMap<>(own);
        defaults.ifPresent(d -> d.forEach(merged::putIfAbsent));
        return merged;
    }
}
