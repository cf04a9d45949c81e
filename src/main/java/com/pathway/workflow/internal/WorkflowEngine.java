package com.pathway.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.pathway.security.CurrentUser;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.ItemCreated;
import com.pathway.workflow.ItemFilter;
import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.Transition;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowAuditEvent;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowPlugin;
import com.pathway.workflow.internal.DefinitionCache.Loaded;

/**
 * Creates items and runs transitions: conditions, screen checks and validators (every error
 * together), the status change with the resolution rule, post-functions, history, audit and the
 * {@link ItemTransitioned} event, all in the caller's transaction.
 */
@Component
@Transactional
public class WorkflowEngine {

    private final ProjectRepository projects;
    private final WorkItemRepository items;
    private final HistoryRepository history;
    private final ItemChangeRepository changes;
    private final DefinitionStore definitions;
    private final RuleRegistry rules;
    private final ItemFields fields;
    private final ScreenCheck screenCheck;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final ClinicProperties clinic;
    private final JsonMapper json;
    private final Clock clock;
    private final ReadAccess access;
    private final ItemUserFieldRepository userFields;
    private final ItemNumbers numbers;
    private final ProjectKeys projectKeys;

    public WorkflowEngine(ProjectRepository projects, WorkItemRepository items, HistoryRepository history,
            ItemChangeRepository changes, DefinitionStore definitions, RuleRegistry rules, ItemFields fields,
            ScreenCheck screenCheck, ApplicationEventPublisher events, CurrentUser currentUser,
            ClinicProperties clinic, JsonMapper json, Clock clock, ReadAccess access,
            ItemUserFieldRepository userFields, ItemNumbers numbers, ProjectKeys projectKeys) {
        this.projectKeys = projectKeys;
        this.projects = projects;
        this.items = items;
        this.history = history;
        this.changes = changes;
        this.definitions = definitions;
        this.rules = rules;
        this.fields = fields;
        this.screenCheck = screenCheck;
        this.events = events;
        this.currentUser = currentUser;
        this.clinic = clinic;
        this.json = json;
        this.clock = clock;
        this.access = access;
        this.userFields = userFields;
        this.numbers = numbers;
    }

    /** Creates an item of a type no plugin reserves. */
    public WorkItemView create(NewWorkItem request) {
        return create(request, null, Map.of());
    }

    /**
     * Creates an item of a type {@code owner} reserves, with its first user fields. Only the plugin
     * registered as the type's owner may: anything else is a programming error.
     */
    public WorkItemView create(WorkflowPlugin owner, NewWorkItem request, Map<String, String> initialUserFields) {
        if (owner == null) {
            throw new IllegalArgumentException("Name the plugin that creates the item");
        }
        return create(request, owner, initialUserFields == null ? Map.of() : initialUserFields);
    }

    private WorkItemView create(NewWorkItem request, WorkflowPlugin owner, Map<String, String> initialUserFields) {
        Validation v = new Validation();
        v.check(!Validation.isBlank(request.project()), "project", "Choose a project.");
        v.check(!Validation.isBlank(request.type()), "type", "Choose an item type.");
        v.check(!Validation.isBlank(request.summary()) && request.summary().strip().length() <= 255, "summary",
                "Enter a summary of at most 255 characters.");
        v.check(request.assignee() == null || request.assignee().strip().length() <= 64, "assignee",
                "A user name has at most 64 characters.");
        v.throwIfInvalid();
        ProjectKeys.Known project = projectKeys.find(request.project().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> InvalidInputException.of("project", "There is no project " + request.project() + "."));
        Loaded loaded = definitions.published(project.workflowName());
        if (!definitions.itemTypes(project.key()).contains(request.type().strip())) {
            throw InvalidInputException.of("type", "Project " + project.key() + " has no item type "
                    + request.type() + "; use one of " + definitions.itemTypes(project.key()) + ".");
        }
        checkOwner(request.type().strip(), owner);
        initialUserFields.forEach((field, username) -> checkUserField(field, username));
        WorkflowDefinition d = loaded.definition();
        String initial = d.status(d.initial()).orElseThrow().name();
        Actor actor = actor();
        Instant now = now();
        String assignee = Validation.isBlank(request.assignee()) ? null
                : request.assignee().strip().toLowerCase(Locale.ROOT);
        // The number is taken last, in a transaction of its own (ItemNumbers): no lock is held until this commits.
        WorkItem item = items.save(new WorkItem(project.id(), project.key(), numbers.take(project.id()),
                request.type().strip(), request.summary().strip(), loaded.id(), initial, d.categoryOf(initial), assignee,
                actor.username(), now));
        history.save(new HistoryRow(item.getId(), null, null, initial, null, actor.username(), now, null, null, null));
        initialUserFields.forEach((field, username) -> {
            if (!Validation.isBlank(username)) {
                userFields.save(new ItemUserField(item.getId(), field, normalUser(username), now));
            }
        });
        events.publishEvent(WorkflowAuditEvent.success("WORK_ITEM_CREATED", actor.username(), "WORK_ITEM",
                item.getKey(), Map.of("type", item.getType(), "status", initial)));
        events.publishEvent(new ItemCreated(item.getId(), item.getKey(), project.key(), item.getType(), initial,
                actor.username(), now));
        return view(item, loaded);
    }

    /** A reserved type is created by its owning plugin only; an unreserved one by anyone. */
    private void checkOwner(String type, WorkflowPlugin owner) {
        Optional<WorkflowPlugin> registered = definitions.pluginOfType(type)
                .filter(p -> p.reservedItemTypes().contains(type));
        if (registered.isPresent() && registered.get() != owner) {
            if (owner != null) {
                throw new IllegalArgumentException(type + " items are reserved to " + registered.get().projectName());
            }
            throw InvalidInputException.of("type", "Items of type " + type + " are created through "
                    + registered.get().createdThrough(type) + ", not as plain work items.");
        }
        if (registered.isEmpty() && owner != null && !owner.itemTypes().contains(type)) {
            throw new IllegalArgumentException(owner.projectName() + " does not own item type " + type);
        }
    }

    /** Not read-only: reading an item of a restricted type is audited. */
    public WorkItemView get(String key) {
        WorkItem item = loadReadable(key, "item");
        access.wasRead(item, "item");
        return view(item, definitions.byId(item.getDefinitionId()));
    }

    /** Not read-only: a refused read is audited. */
    public List<AvailableTransition> available(String key) {
        WorkItem item = loadReadable(key, "transitions");
        if (access.readOnlyByGrant(item)) {
            return List.of();
        }
        Loaded loaded = definitions.byId(item.getDefinitionId());
        WorkItemView before = view(item, loaded);
        Actor actor = actor();
        Instant now = now();
        return loaded.definition().transitions().stream()
                .filter(t -> t.leaves(item.getStatus()))
                .filter(t -> allowed(context(item, before, loaded, t, Map.of(), actor, now), t))
                .map(t -> new AvailableTransition(t.id(), t.name(), loaded.definition().status(t.to()).orElseThrow().name(),
                        loaded.definition().categoryOf(t.to()), t.screen()))
                .toList();
    }

    public WorkItemView transition(String key, TransitionRequest request) {
        if (Validation.isBlank(request.transition())) {
            throw InvalidInputException.of("transition", "Name the transition to run.");
        }
        // Before anything else: who may not read the item learns nothing of it, not even its rules.
        WorkItem item = loadWritable(key, "transition");
        if (request.expectedVersion() != null && request.expectedVersion() != item.getVersion()) {
            throw stale(item);
        }
        Loaded loaded = definitions.byId(item.getDefinitionId());
        WorkflowDefinition d = loaded.definition();
        Transition t = d.transition(request.transition().strip()).orElseThrow(() -> InvalidInputException.of(
                "transition", "The workflow has no transition \"" + request.transition() + "\"."));
        if (!t.leaves(item.getStatus())) {
            throw new ConflictException("\"" + t.name() + "\" cannot be run on " + item.getKey()
                    + " while it is in " + item.getStatus() + ".");
        }
        Actor actor = actor();
        Instant now = now();
        WorkItemView before = view(item, loaded);
        if (!allowed(context(item, before, loaded, t, request.fields(), actor, now), t)) {
            throw new ForbiddenException("You may not run \"" + t.name() + "\" on " + item.getKey() + ".");
        }
        Validation errors = new Validation();
        screenCheck.check(item.getType(), d, t, request.fields(), clinic.timeZone(), errors);
        // Validators, post-functions, the history and the event see the values in one form.
        Map<String, Object> input = screenCheck.normalised(t, request.fields(), clinic.timeZone());
        TransitionContext context = context(item, before, loaded, t, input, actor, now);
        for (RuleRef ref : t.validators()) {
            rules.validator(ref.id()).orElseThrow(() -> unknownRule(ref)).validate(context, ref, errors);
        }
        String comment = comment(request, input, errors);
        String fieldsJson = fieldsJson(input, errors);
        errors.throwIfInvalid();

        String from = item.getStatus();
        String oldResolution = item.getResolution();
        Duration spent = item.moveTo(d.status(t.to()).orElseThrow().name(), d.categoryOf(t.to()), now);
        TransitionEditor editor = new TransitionEditor(fields, item, d, actor.username(), now);
        input.forEach((field, value) -> {
            if (!ScreenCheck.COMMENT.equals(field) && !fields.isTransitionValue(item.getType(), field)) {
                editor.setField(field, value);
            }
        });
        for (RuleRef ref : t.postFunctions()) {
            rules.postFunction(ref.id()).orElseThrow(() -> unknownRule(ref)).apply(context, ref, editor);
        }
        fields.changed(item, "resolution", oldResolution, item.getResolution(), actor.username(), now);
        flush(item);
        history.save(new HistoryRow(item.getId(), t.name(), from, item.getStatus(), item.getResolution(),
                actor.username(), now, spent.toMillis(), comment, fieldsJson));
        events.publishEvent(WorkflowAuditEvent.success("WORK_ITEM_TRANSITIONED", actor.username(), "WORK_ITEM",
                item.getKey(), Map.of("transition", t.name(), "from", from, "to", item.getStatus())));
        events.publishEvent(new ItemTransitioned(item.getId(), item.getKey(), item.getType(), t.name(), from,
                item.getStatus(), item.getCategory(), item.getResolution(), actor.username(), now, input));
        return view(item, loaded);
    }

    /** The ids among these of items the current user may read; lists those of restricted types in the audit trail. */
    public java.util.Set<Long> readableIds(java.util.Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<ReadAccess.ItemRef> readable = access.readableAmong(itemIds);
        access.refsListed(readable);
        return readable.stream().map(ReadAccess.ItemRef::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the current user reads every item (no read rule narrows what they see). */
    public boolean readsEverything() {
        return access.readsEverything();
    }

    /** Which of these items the current user may read, in pieces of a thousand, not audited: nothing is shown. */
    public java.util.Set<Long> readableIdsUnlisted(java.util.Collection<Long> itemIds) {
        java.util.Set<Long> readable = new java.util.HashSet<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(itemIds));
        for (int from = 0; from < all.size(); from += 1000) {
            access.readableAmong(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(ref -> readable.add(ref.id()));
        }
        return readable;
    }

    /** Not read-only: lists that show items of restricted types are audited. */
    public Page<WorkItemView> search(ItemFilter filter, Pageable pageable) {
        Long projectId = null;
        ItemFilter effective = filter;
        if (!Validation.isBlank(filter.project())) {
            Project project = projects.findByKey(filter.project().strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> InvalidInputException.of("project", "There is no project " + filter.project() + "."));
            projectId = project.getId();
            // Statuses are matched exactly (so indexes serve); the project's workflow gives the spelling.
            if (!Validation.isBlank(filter.status())) {
                String status = definitions.published(project.getWorkflowName()).definition().status(filter.status().strip())
                        .map(WorkflowDefinition.Status::name).orElse(filter.status().strip());
                effective = new ItemFilter(filter.project(), filter.type(), status, filter.category(), filter.assignee());
            }
        }
        Page<WorkItem> page = items.search(projectId, effective, access.readableItems(), pageable);
        access.wereListed(page.getContent());
        return page.map(i -> view(i, definitions.byId(i.getDefinitionId())));
    }

    /**
     * Sets (or, with a blank user name, clears) a user field of an item, recording the change in its
     * changelog as an engine field; only someone who may read the item may.
     */
    public void setUserField(String key, String field, String username) {
        WorkItem item = loadWritable(key, "user field");
        checkUserField(field, username);
        String value = Validation.isBlank(username) ? null : normalUser(username);
        Optional<ItemUserField> row = userFields.findByItemIdAndField(item.getId(), field);
        String old = row.map(ItemUserField::getUsername).orElse(null);
        if (java.util.Objects.equals(old, value)) {
            return;
        }
        Instant now = now();
        if (value == null) {
            userFields.delete(row.get());
        } else if (row.isPresent()) {
            row.get().change(value, now);
        } else {
            userFields.save(new ItemUserField(item.getId(), field, value, now));
        }
        fields.changed(item, field, old, value, actor().username(), now);
        events.publishEvent(new com.pathway.workflow.ItemChanged(item.getId(), item.getKey(), actor().username(), now));
    }

    /** An item's user fields that hold a user name, by field name. */
    public Map<String, String> userFields(String key) {
        WorkItem item = loadReadable(key, "user fields");
        Map<String, String> values = new LinkedHashMap<>();
        userFields.findByItemIdOrderByFieldAsc(item.getId()).forEach(f -> values.put(f.getField(), f.getUsername()));
        return values;
    }

    private static void checkUserField(String field, String username) {
        if (field == null || !field.matches("[a-z][A-Za-z0-9_]{0,63}") || ItemFields.WRITABLE.contains(field)
                || ItemFields.READ_ONLY.contains(field)) {
            throw new IllegalArgumentException("A user field needs a name of 1 to 64 letters, digits or underscores"
                    + " that is not one of the engine's fields: " + field);
        }
        if (username != null && username.strip().length() > 64) {
            throw InvalidInputException.of(field, "A user name has at most 64 characters.");
        }
    }

    private static String normalUser(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private boolean allowed(TransitionContext context, Transition t) {
        for (RuleRef ref : t.conditions()) {
            if (!rules.condition(ref.id()).orElseThrow(() -> unknownRule(ref)).allows(context, ref)) {
                return false;
            }
        }
        return true;
    }

    private TransitionContext context(WorkItem item, WorkItemView view, Loaded loaded, Transition t,
            Map<String, Object> input, Actor actor, Instant now) {
        return new TransitionContext(view, loaded.definition(), t, input, actor.username(), actor.roles(), now,
                clinic.timeZone(), field -> fields.read(item, field));
    }

    private String comment(TransitionRequest request, Map<String, Object> input, Validation errors) {
        Object value = request.comment() != null ? request.comment() : input.get(ScreenCheck.COMMENT);
        String comment = Values.isEmpty(value) ? null : Values.text(value).strip();
        errors.check(comment == null || comment.length() <= 4000, "comment", "A comment has at most 4000 characters.");
        return comment;
    }

    private String fieldsJson(Map<String, Object> input, Validation errors) {
        Map<String, Object> kept = new LinkedHashMap<>(input);
        kept.remove(ScreenCheck.COMMENT);
        if (kept.isEmpty()) {
            return null;
        }
        String text = json.writeValueAsString(kept);
        errors.check(text.length() <= 8000, "fields", "The entered values are too long (at most 8000 characters in all).");
        return text;
    }

    private void flush(WorkItem item) {
        try {
            items.saveAndFlush(item);
        } catch (ConcurrencyFailureException | jakarta.persistence.OptimisticLockException e) {
            throw stale(item);
        }
    }

    private static ConflictException stale(WorkItem item) {
        return new ConflictException(item.getKey() + " was changed by someone else meanwhile; reload it and try again.");
    }

    private static IllegalStateException unknownRule(RuleRef ref) {
        return new IllegalStateException("No workflow rule is registered with id " + ref.id());
    }

    HistoryEntry entry(HistoryRow row) {
        Map<String, Object> values = row.getFields() == null ? Map.of()
                : json.readValue(row.getFields(), new TypeReference<Map<String, Object>>() { });
        return new HistoryEntry(row.getId(), row.getTransition(), row.getFromStatus(), row.getToStatus(),
                row.getResolution(), row.getActor(), row.getOccurredAt(), row.getMillisInFrom(), row.getComment(), values);
    }

    WorkItem load(String key) {
        return items.findByKey(key == null ? "" : key.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("There is no item " + key + "."));
    }

    /**
     * The item, when the current user may read it by its type's rule; otherwise the same
     * {@link NotFoundException} as an unknown key, with the denial audited.
     */
    WorkItem loadReadable(String key, String purpose) {
        WorkItem item = items.findByKey(key == null ? "" : key.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("There is no item " + key + "."));
        return access.readable(item, key, purpose);
    }

    /**
     * The item, when the current user may read it by its type's rule (as {@link #loadReadable}) and
     * change it: an item read only through a grant outside the rule (emergency access) is refused with
     * {@link ForbiddenException}, saying why.
     */
    WorkItem loadWritable(String key, String purpose) {
        WorkItem item = loadReadable(key, purpose);
        if (access.readOnlyByGrant(item)) {
            throw new ForbiddenException(readOnlyReason(item.getKey()));
        }
        return item;
    }

    /** The item as {@link #get}, for a caller about to change it or what hangs on it: refused as {@link #loadWritable}. */
    public WorkItemView getForChange(String key) {
        WorkItem item = loadWritable(key, "item");
        access.wasRead(item, "item");
        return view(item, definitions.byId(item.getDefinitionId()));
    }

    /** Whether the current user may change the item they read (false when they read it only by emergency access). */
    public boolean mayChange(String key) {
        return !access.readOnlyByGrant(loadReadable(key, "item"));
    }

    static String readOnlyReason(String key) {
        return "Emergency access lets you read " + key + ", not change it: ask its clinician or a manager to"
                + " make the change.";
    }

    void wasRead(WorkItem item, String part) {
        access.wasRead(item, part);
    }

    private Actor actor() {
        return Actor.current(currentUser);
    }

    static WorkItemView view(WorkItem i, Loaded loaded) {
        return new WorkItemView(i.getId(), i.getKey(), i.getKey().substring(0, i.getKey().lastIndexOf('-')),
                i.getType(), i.getSummary(), i.getStatus(), i.getCategory(), i.getResolution(), i.getAssignee(),
                i.getReporter(), i.getCreatedAt(), i.getUpdatedAt(), i.getVersion(), loaded.name(), loaded.version());
    }

    /** Databases keep microseconds; so does everything the engine returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
