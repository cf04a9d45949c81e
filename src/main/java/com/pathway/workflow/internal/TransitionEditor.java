package com.pathway.workflow.internal;

import java.time.Instant;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.ItemEditor;
import com.pathway.workflow.WorkflowDefinition;

/** What the transition screen and post-functions may change on the item being transitioned. */
final class TransitionEditor implements ItemEditor {

    private final ItemFields fields;
    private final WorkItem item;
    private final WorkflowDefinition definition;
    private final String actor;
    private final Instant now;

    TransitionEditor(ItemFields fields, WorkItem item, WorkflowDefinition definition, String actor, Instant now) {
        this.fields = fields;
        this.item = item;
        this.definition = definition;
        this.actor = actor;
        this.now = now;
    }

    @Override
    public void setField(String field, Object value) {
        if ("resolution".equals(field)) {
            setResolution(Values.isEmpty(value) ? null : Values.text(value).strip());
            return;
        }
        fields.write(item, definition, field, value, actor, now);
    }

    @Override
    public void clearField(String field) {
        setField(field, null);
    }

    @Override
    public void assignTo(String username) {
        fields.write(item, definition, "assignee", username, actor, now);
    }

    @Override
    public void setResolution(String resolution) {
        if (resolution != null && !definition.resolutionNames().contains(resolution)) {
            throw InvalidInputException.of("resolution", "Choose one of the resolutions: "
                    + String.join(", ", definition.resolutionNames()) + ".");
        }
        // The engine writes the resolution's changelog line once, after all post-functions.
        item.resolve(resolution, now);
    }
}
