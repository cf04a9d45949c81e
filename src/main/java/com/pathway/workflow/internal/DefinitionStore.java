package com.pathway.workflow.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.WorkflowPlugin;
import com.pathway.workflow.internal.DefinitionCache.Loaded;

/** Looks up the definitions items follow, and the item types plugins declare for their projects. */
@Component
public class DefinitionStore {

    /**
     * How long this node trusts the id of a workflow's published version. A publish on this node
     * forgets it at once (after commit); another node's publish is seen within this time.
     */
    static final Duration PUBLISHED_TTL = Duration.ofSeconds(30);

    private final StoredDefinitionRepository definitions;
    private final DefinitionCache cache;
    private final List<WorkflowPlugin> plugins;
    private final ProjectRepository projects;
    private final java.time.Clock clock;
    private final Map<String, PublishedId> publishedIds = new ConcurrentHashMap<>();
    private final Map<String, String> workflowOfProject = new ConcurrentHashMap<>();

    private record PublishedId(long id, java.time.Instant until) {
    }

    public DefinitionStore(StoredDefinitionRepository definitions, DefinitionCache cache, List<WorkflowPlugin> plugins,
            ProjectRepository projects, java.time.Clock clock) {
        this.definitions = definitions;
        this.cache = cache;
        this.plugins = plugins;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * The published version of a project's workflow, from the cache: read on every lead list and access
     * check, so it costs no query while the published version stays the same.
     */
    public Loaded publishedOfProject(String projectKey) {
        return publishedOf(workflowOf(projectKey).orElseThrow(
                () -> new com.pathway.shared.NotFoundException("There is no project " + projectKey + ".")));
    }

    /** The workflow a project follows, remembered once the project exists (it never changes after that). */
    private Optional<String> workflowOf(String projectKey) {
        String known = workflowOfProject.get(projectKey);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> name = projects.findByKey(projectKey).map(Project::getWorkflowName);
        name.ifPresent(n -> workflowOfProject.put(projectKey, n));
        return name;
    }

    private Loaded publishedOf(String name) {
        java.time.Instant now = clock.instant();
        PublishedId known = publishedIds.get(name);
        if (known != null && now.isBefore(known.until())) {
            return cache.get(known.id());
        }
        Loaded loaded = published(name);
        publishedIds.put(name, new PublishedId(loaded.id(), now.plus(PUBLISHED_TTL)));
        return loaded;
    }

    /** Forgets which version of a workflow is published: called when one is published. */
    public void forgetPublished(String name) {
        publishedIds.remove(name);
    }

    /** The plugin whose project has this item type. */
    public Optional<WorkflowPlugin> pluginOfType(String itemType) {
        return plugins.stream().filter(p -> p.itemTypes().contains(itemType)).findFirst();
    }

    /** The published definition that new items of this type follow, once its project exists. */
    public Optional<Loaded> publishedForType(String itemType) {
        return pluginOfType(itemType).flatMap(p -> workflowOf(p.projectKey())).map(this::publishedOf);
    }

    /** The published version of a workflow, which new items follow. */
    public Loaded published(String name) {
        // Only the id is read on every use (each new item asks); the parsed definition is cached by id.
        return definitions.idByNameAndState(name, DefinitionState.PUBLISHED)
                .map(cache::get)
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
