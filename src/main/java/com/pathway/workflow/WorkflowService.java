package com.pathway.workflow;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.workflow.internal.Changelog;
import com.pathway.workflow.internal.WorkflowEngine;

/**
 * Work items for every module and view. Any signed-in user may call it; which items they may read is
 * decided by the {@link ItemAccess} of the item's type (an item they may not read answers
 * {@link com.pathway.shared.NotFoundException} exactly as an unknown key, on every method, and is
 * audited as a denied read), and what they may do to an item by the workflow's conditions. Errors: {@link com.pathway.shared.InvalidInputException}
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

    /**
     * Creates an item in its workflow's initial status; the reporter is the current user. Types a
     * plugin reserves are refused ({@link com.pathway.shared.InvalidInputException} on {@code type}).
     */
    public WorkItemView create(NewWorkItem request) {
        return engine.create(request);
    }

    /**
     * Creates an item of a type {@code owner} reserves (only the plugin registered as its owner may),
     * with its first user fields (field name to user name; blank values are left out).
     */
    public WorkItemView create(WorkflowPlugin owner, NewWorkItem request, Map<String, String> userFields) {
        return engine.create(owner, request, userFields);
    }

    public WorkItemView get(String key) {
        return engine.get(key);
    }

    /**
     * The item as {@link #get}, for a caller about to change it or records that hang on it (notes, tasks,
     * appointments): an item the user reads only by a grant outside its type's rule (emergency access) is
     * refused with {@link com.pathway.shared.ForbiddenException} saying why. Transitions, user fields and
     * field changes apply the same refusal themselves.
     */
    public WorkItemView getForChange(String key) {
        return engine.getForChange(key);
    }

    /**
     * Whether the current user may change the item they may read: false when they read it only by a grant
     * outside its type's rule (emergency access), so views hide what would be refused. Unreadable items
     * are a {@link com.pathway.shared.NotFoundException}.
     */
    public boolean mayChange(String key) {
        return engine.mayChange(key);
    }

    /** The transitions the current user may run now (conditions evaluated); none under emergency access. */
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

    /** Field changes, oldest first: the engine's fields (assignee, resolution, summary, user fields) and the plugin's. */
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

    /**
     * Records changes of a plugin's fields made for nobody signed in (a public page acting on a link the
     * plugin signed and has verified), as {@code actor}, in the caller's transaction. No read rule applies:
     * the plugin has established that the change is allowed.
     */
    @PreAuthorize("permitAll()")
    public void recordFieldChangesAs(String key, List<FieldEdit> edits, String actor) {
        changelog.recordAs(key, edits, actor);
    }

    /**
     * Which of these items the current user may read (the item types' read rules, in one query); the
     * readable ones of restricted types are audited as listed. For modules that keep their own rows
     * about items (tasks) and show a list of them.
     */
    public java.util.Set<Long> readableIds(java.util.Collection<Long> itemIds) {
        return engine.readableIds(itemIds);
    }

    /**
     * Whether the current user reads every item, so that a module's own rows about items (tasks) can be
     * paged and counted in the database without the read rule changing the answer.
     */
    public boolean readsEveryItem() {
        return engine.readsEverything();
    }

    /**
     * Which of these items the current user may read, without an audit entry: for totals and for choosing
     * which rows to show, never for showing them (what is shown goes through {@link #readableIds}).
     */
    public java.util.Set<Long> readableIdsUnlisted(java.util.Collection<Long> itemIds) {
        return itemIds.isEmpty() ? java.util.Set.of() : engine.readableIdsUnlisted(itemIds);
    }

    /** The items the current user may read that match the filter; the total counts only those. */
    public Page<WorkItemView> search(ItemFilter filter, Pageable pageable) {
        return engine.search(filter, pageable);
    }

    /**
     * Sets a user field of an item (a user picker such as a lead's clinician) to a user name, or
     * clears it when {@code username} is blank; the change is written to the changelog. Plugins call
     * it whenever their value changes, so that read scopes naming the field hold.
     */
    public void setUserField(String key, String field, String username) {
        engine.setUserField(key, field, username);
    }

    /** The item's user fields that hold a user name, by field name. */
    public Map<String, String> userFields(String key) {
        return engine.userFields(key);
    }
}
