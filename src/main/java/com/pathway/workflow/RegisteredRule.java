package com.pathway.workflow;

/** A condition, validator or post-function that a definition may name by {@code id}. */
public record RegisteredRule(String id, Kind kind) {

    public enum Kind {
        CONDITION, VALIDATOR, POST_FUNCTION
    }
}
