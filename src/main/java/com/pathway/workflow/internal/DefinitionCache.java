package com.pathway.workflow.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.pathway.workflow.WorkflowDefinition;

/** Parsed definitions by id. A stored version never changes, so an entry never goes stale. */
@Component
public class DefinitionCache {

    /** A stored version with its parsed definition. */
    public record Loaded(long id, String name, int version, WorkflowDefinition definition) {
    }

    private final StoredDefinitionRepository definitions;
    private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();

    public DefinitionCache(StoredDefinitionRepository definitions) {
        this.definitions = definitions;
    }

    public Loaded get(long id) {
        Loaded loaded = cache.get(id);
        if (loaded == null) {
            StoredDefinition stored = definitions.findById(id)
                    .orElseThrow(() -> new IllegalStateException("No workflow definition " + id));
            loaded = new Loaded(id, stored.getName(), stored.getVersion(), DefinitionYaml.parse(stored.getSource()));
            cache.put(id, loaded);
        }
        return loaded;
    }
}
