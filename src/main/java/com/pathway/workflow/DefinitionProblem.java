package com.pathway.workflow;

/** A problem the checker found in a definition: where ({@code transitions[Start].to}) and what. */
public record DefinitionProblem(String location, String message) {
}
