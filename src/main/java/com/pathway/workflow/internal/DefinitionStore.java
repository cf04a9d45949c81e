package com.pathway.workflow.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.WorkflowPlugin;
import com.pathway.workflow.internal.DefinitionCache.Loaded;

/** Looks up the definitions items follow, and the item types plugins declare for their projects. */
@Component
public class DefinitionStore {

    private final StoredDefinitionRepository definitions;
    private final DefinitionCache cache;
    private final List<WorkflowPlugin> plugins;
    private final ProjectRepository projects;

    public DefinitionStore(StoredDefinitionRepository definitions, DefinitionCache cache, List<WorkflowPlugin> plugins,
            ProjectRepository projects) {
        this.definitions = definitions;
        this.cache = cache;
        this.plugins = plugins;
        this.projects = projects;
    }

    /** The plugin whose project has this item type. */
    public Optional<WorkflowPlugin> pluginOfType(String itemType) {
        return plugins.stream().filter(p -> p.itemTypes().contains(itemType)).findFirst();
    }

    /** The published definition that new items of this type follow, once its project exists. */
    public Optional<Loaded> publishedForType(String itemType) {
        return pluginOfType(itemType).flatMap(p -> projects.findByKey(p.projectKey()))
                .map(project -> published(project.getWorkflowName()));
    }

    /** The published version of a workflow, which new items follow. */
    public Loaded published(String name) {
        return definitions.findFirstByNameAndState(name, DefinitionState.PUBLISHED)
                .map(d -> cache.get(d.getId()))
                .orElseThrow(() -> new IllegalStateException("Workflow " + name + " has no published version"));
    }

    public Loaded byId(long id) {
        return cache.get(id);
    }

    public Set<String> itemTypes(String projectKey) {
        return plugins.stream().filter(p -> p.projectKey().equals(projectKey)).findFirst()
                .map(WorkflowPlugin::itemTypes).orElse(Set.of());
    }
}
