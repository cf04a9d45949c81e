package com.pathway.workflow;

/** A definition version is a draft until published; publishing the next version retires it. */
public enum DefinitionState {
    DRAFT, PUBLISHED, RETIRED
}
