package com.pathway.workflow;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.workflow.internal.Changelog;
import com.pathway.workflow.internal.WorkflowEngine;

/**
 * Work items for every module and view. Any signed-in user may call it; what they may do to an item
 * is decided by the workflow's conditions. Errors: {@link com.pathway.shared.InvalidInputException}
 * (bad input, validator errors), {@link com.pathway.shared.ForbiddenException} (a condition refuses),
 * {@link com.pathway.shared.ConflictException} (stale version, transition not from this status),
 * {@link com.pathway.shared.NotFoundException}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkflowService {

    private final WorkflowEngine engine;
    private final Changelog changelog;

    public WorkflowService(WorkflowEngine engine, Changelog changelog) {
        this.engine = engine;
        this.changelog = changelog;
    }

    /** Creates an item in its workflow's initial status; the reporter is the current user. */
    public WorkItemView create(NewWorkItem request) {
        return engine.create(request);
    }

    public WorkItemView get(String key) {
        return engine.get(key);
    }

    /** The transitions the current user may run now (conditions evaluated). */
    public List<AvailableTransition> availableTransitions(String key) {
        return engine.available(key);
    }

    public WorkItemView transition(String key, TransitionRequest request) {
        return engine.transition(key, request);
    }

    /** Status history, oldest first. */
    public Page<HistoryEntry> history(String key, Pageable pageable) {
        return changelog.history(key, pageable, false);
    }

    /** Status history, newest first. */
    public Page<HistoryEntry> historyNewestFirst(String key, Pageable pageable) {
        return changelog.history(key, pageable, true);
    }

    /**
     * Field changes, oldest first: the engine's fields (assignee, resolution, summary), and the
     * plugin's when its {@link PluginDataAccess} lets the current user read them.
     */
    public Page<FieldChange> fieldChanges(String key, Pageable pageable) {
        return changelog.changes(key, pageable, false);
    }

    /** Field changes as {@link #fieldChanges}, newest first. */
    public Page<FieldChange> fieldChangesNewestFirst(String key, Pageable pageable) {
        return changelog.changes(key, pageable, true);
    }

    /**
     * Records changes of a plugin's fields of an item in its changelog, in the caller's transaction,
     * as the current user. Edits whose old and new values are equal are left out. Plugins call this
     * when they change their own data outside a transition.
     */
    public void recordFieldChanges(String key, List<FieldEdit> edits) {
        changelog.record(key, edits);
    }

    public Page<WorkItemView> search(ItemFilter filter, Pageable pageable) {
        return engine.search(filter, pageable);
    }
}
