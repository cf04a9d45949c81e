package com.pathway.workflow;

import java.util.List;
import java.util.Set;

/**
 * What a plugin contributes to the engine (a Spring bean): a project with its item types and the
 * workflow its items follow by default. At start-up the engine creates the project and imports and
 * publishes the default definition when no published version of that workflow exists yet; after
 * that, administrators own the workflow.
 */
public interface WorkflowPlugin {

    /** Key prefix of the project's items, e.g. {@code PW} for {@code PW-123}: 2 to 10 capital letters. */
    String projectKey();

    String projectName();

    /** The item types created in this project, e.g. {@code LEAD}. */
    Set<String> itemTypes();

    /** Classpath location of the default definition, e.g. {@code workflow/clinic.yaml}. */
    String definitionResource();

    /**
     * The item types only this plugin creates, through
     * {@link WorkflowService#create(WorkflowPlugin, NewWorkItem, java.util.Map)}: the generic create
     * refuses them, so that no item of such a type exists without the plugin's own data.
     */
    default Set<String> reservedItemTypes() {
        return Set.of();
    }

    /** Where users create items of a reserved type, for the message that refuses them elsewhere. */
    default String createdThrough(String itemType) {
        return "the " + projectName() + " plugin";
    }

    /**
     * The properties every definition of this plugin's workflow must carry (the workflow named in the
     * default definition). The engine refuses to import, check or publish a version without them.
     */
    default List<PropertyRequirement> requiredProperties() {
        return List.of();
    }
}
