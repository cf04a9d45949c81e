package com.pathway.workflow;

import java.util.List;

/**
 * A condition, validator or post-function that a definition may name by {@code id}, with what the
 * editor shows of it: its name for people, what it does and the parameters it reads.
 */
public record RegisteredRule(String id, Kind kind, String label, String description, List<RuleParameter> parameters) {

    public enum Kind {
        CONDITION, VALIDATOR, POST_FUNCTION
    }

    public RegisteredRule {
        label = label == null || label.isBlank() ? id : label;
        description = description == null ? "" : description;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** A rule known by its id only. */
    public RegisteredRule(String id, Kind kind) {
        this(id, kind, id, "", List.of());
    }

    static RegisteredRule of(DescribedRule rule, Kind kind) {
        return new RegisteredRule(rule.id(), kind, rule.label(), rule.description(), rule.parameters());
    }

    /** The parameter named {@code name}, if the rule describes it. */
    public java.util.Optional<RuleParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
