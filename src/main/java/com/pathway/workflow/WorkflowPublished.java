package com.pathway.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A version of a workflow was published and every item of the workflow now follows it. Items in a
 * status the new version removed were moved to the status {@code moved} names (keys are the old
 * names in lower case); the others keep their status, spelled and categorised as {@code definition}
 * says, and lose their resolution when that status is not in the Done category. Published inside the
 * publishing transaction, so that read models kept by plugins change in the same commit.
 *
 * @param projects the keys of the projects whose items follow this workflow
 */
public record WorkflowPublished(String workflow, int version, Set<String> projects, WorkflowDefinition definition,
        Map<String, String> moved, String actor, Instant occurredAt) {

    public WorkflowPublished {
        projects = Set.copyOf(projects);
        moved = Map.copyOf(moved);
    }
}
