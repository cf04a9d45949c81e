package com.pathway.workflow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.workflow.internal.DefinitionStore;

/**
 * The published definitions of projects' workflows, for plugins that read what their statuses,
 * transitions and resolutions mean from their properties (see {@link WorkflowPlugin#requiredProperties()}).
 * Kept apart from {@link WorkflowService} because the engine's own services ask plugins' beans (their
 * {@link ItemAccess}), which in turn read definitions here.
 */
@Service
// A definition holds no personal data, and plugins read it in system contexts too (start-up, jobs).
@PreAuthorize("permitAll()")
public class WorkflowDefinitions {

    private final DefinitionStore definitions;

    public WorkflowDefinitions(DefinitionStore definitions) {
        this.definitions = definitions;
    }

    /**
     * The published definition of a project's workflow. Served from a cache: a publish on this node is
     * seen as soon as it commits, one on another node within a short time.
     *
     * @throws com.pathway.shared.NotFoundException when there is no such project
     */
    public WorkflowDefinition published(String projectKey) {
        return definitions.publishedOfProject(projectKey).definition();
    }
}
