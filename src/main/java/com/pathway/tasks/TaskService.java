package com.pathway.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.security.StaffDirectory;
import com.pathway.security.StaffMember;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;
import com.pathway.tasks.internal.Task;
import com.pathway.tasks.internal.TaskHistoryRepository;
import com.pathway.tasks.internal.TaskRepository;
import com.pathway.tasks.internal.TaskRow;
import com.pathway.tasks.internal.TaskWriter;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Tasks on leads for views and the API. Every task read or write goes through the lead's read rule
 * (the engine's get: a lead the user may not read answers as unknown and its refusal is audited), and
 * lists keep only tasks of leads the user may read. Intake coordinators and managers manage every
 * task of a lead they may read, clinicians their own and clinical ones ({@link TaskPermissions});
 * managers see everyone's work and reassign in bulk. A stale change is refused with a conflict.
 */
@Service
@Transactional
public class TaskService {

    /** A due time may lie this far in the past (a form filled in slowly), not more. */
    private static final java.time.Duration PAST_GRACE = java.time.Duration.ofMinutes(5);
    private static final int MAX_LIST = 200;

    private final TaskRepository tasks;
    private final TaskHistoryRepository history;
    private final TaskWriter writer;
    private final WorkflowService workflow;
    private final TaskPermissions permissions;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Notices notices;
    private final ZoneId zone;

    public TaskService(TaskRepository tasks, TaskHistoryRepository history, TaskWriter writer, WorkflowService workflow,
            TaskPermissions permissions, CurrentUser currentUser, StaffDirectory staff, Notices notices,
            ClinicProperties clinic) {
        this.tasks = tasks;
        this.history = history;
        this.writer = writer;
        this.workflow = workflow;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.staff = staff;
        this.notices = notices;
        this.zone = clinic.timeZone();
    }

    /** The lead's tasks: open ones by due time first, then closed ones. */
    @PreAuthorize(TaskPermissions.VIEW)
    public List<TaskView> forLead(String key) {
        WorkItemView item = workflow.get(key);
        return tasks.ofItem(item.id(), PageRequest.of(0, MAX_LIST)).stream()
                .map(Task::view).toList();
    }

    @PreAuthorize(TaskPermissions.VIEW)
    public TaskView get(long id) {
        return load(id).view();
    }

    /** Who did what to the task, oldest first. */
    @PreAuthorize(TaskPermissions.VIEW)
    public List<TaskHistoryEntry> history(long id) {
        Task task = load(id);
        return history.findByTaskIdOrderByOccurredAtAscIdAsc(id).stream().map(h -> new TaskHistoryEntry(id,
                task.getItemKey(), task.getTitle(), h.getAction(), h.getDetails(), h.getActor(), h.getOccurredAt()))
                .toList();
    }

    /** The newest task changes of a lead, for its timeline, newest first. */
    @PreAuthorize(TaskPermissions.VIEW)
    public List<TaskHistoryEntry> timeline(String key, int limit) {
        WorkItemView item = workflow.get(key);
        var rows = history.findByItemIdOrderByOccurredAtDescIdDesc(item.id(), PageRequest.of(0, Math.min(limit, 500)));
        Map<Long, String> titles = new LinkedHashMap<>();
        tasks.findAllById(rows.stream().map(r -> r.getTaskId()).distinct().toList())
                .forEach(t -> titles.put(t.getId(), t.getTitle()));
        return rows.stream().map(r -> new TaskHistoryEntry(r.getTaskId(), item.key(), titles.get(r.getTaskId()),
                r.getAction(), r.getDetails(), r.getActor(), r.getOccurredAt())).toList();
    }

    /** Creates a task on the lead; fails with every invalid field at once. */
    @PreAuthorize(TaskPermissions.MANAGE)
    public TaskView create(String key, NewTask task) {
        WorkItemView item = workflow.getForChange(key);
        Validation v = new Validation();
        String assignee = writer.check(task, v);
        v.check(task.dueAt() == null || !task.dueAt().isBefore(now().minus(PAST_GRACE)), "dueAt",
                "The due time has passed; choose a time from now on.");
        v.throwIfInvalid();
        if (!permissions.mayChange(task.type(), assignee)) {
            throw new ForbiddenException("Clinicians create clinical tasks, or tasks assigned to themselves.");
        }
        return writer.create(item.id(), item.key(), task, assignee, "manual", me()).view();
    }

    /**
     * Creates the task a rule of another module asks for on a lead the caller may change (a missed session's
     * call to rebook it): the rule chooses title, type and assignee, so the caller's own task rights do not
     * narrow it; an assignee who has left leaves the task to the intake team. {@code origin} says which rule.
     */
    @PreAuthorize(TaskPermissions.MANAGE)
    public TaskView createFor(String key, NewTask task, String origin) {
        WorkItemView item = workflow.getForChange(key);
        return writer.createForSystem(item.id(), item.key(), task, origin, me()).view();
    }

    /** Changes an open task's title, type, due time or assignee, if it is still at the edit's version. */
    @PreAuthorize(TaskPermissions.MANAGE)
    public TaskView update(long id, TaskEdit edit) {
        Task task = loadForChange(id, edit.version());
        Validation v = new Validation();
        String title = edit.title() == null ? task.getTitle() : edit.title();
        TaskType type = edit.type() == null ? task.getType() : edit.type();
        Instant due = edit.dueAt() == null ? task.getDueAt() : edit.dueAt();
        String assignee = edit.unassign() ? null
                : edit.assignee() == null ? task.getAssignee() : edit.assignee();
        String checkedAssignee = writer.check(new NewTask(title, type, due, assignee), v);
        v.check(edit.dueAt() == null || !edit.dueAt().isBefore(now().minus(PAST_GRACE)), "dueAt",
                "The due time has passed; choose a time from now on.");
        v.throwIfInvalid();
        if (!permissions.mayChange(type, checkedAssignee)) {
            throw new ForbiddenException("Clinicians change clinical tasks, or tasks assigned to themselves.");
        }
        List<String> changes = new ArrayList<>();
        if (!title.strip().equals(task.getTitle())) {
            changes.add("title “" + title.strip() + "”");
        }
        if (type != task.getType()) {
            changes.add("type " + type.label());
        }
        if (!due.equals(task.getDueAt())) {
            changes.add("due " + writer.time(due));
        }
        boolean reassigned = !Objects.equals(checkedAssignee, task.getAssignee());
        task.edit(title.strip(), type, due);
        if (reassigned) {
            task.assignTo(checkedAssignee);
            changes.add(checkedAssignee == null ? "unassigned" : "assigned to " + checkedAssignee);
        }
        if (changes.isEmpty()) {
            return task.view();
        }
        save(task);
        writer.record(task, "edited", String.join(", ", changes), me(), now());
        return task.view();
    }

    /**
     * Marks an open task done, with a call's outcome, and when {@code nextAttemptAt} is given creates
     * the next attempt (same title, type and assignee) in the same transaction.
     */
    @PreAuthorize(TaskPermissions.MANAGE)
    public Completed complete(long id, TaskCompletion completion) {
        Task task = loadForChange(id, completion.version());
        Validation v = new Validation();
        v.check(completion.outcome() == null || task.getType() == TaskType.CALL, "outcome",
                "Only a call records an outcome.");
        v.check(completion.nextAttemptAt() == null || completion.nextAttemptAt().isAfter(now()), "nextAttemptAt",
                "Schedule the next attempt for a time from now on.");
        v.throwIfInvalid();
        Instant now = now();
        task.complete(completion.outcome(), me(), now);
        save(task);
        writer.record(task, "done", completion.outcome() == null ? null : "Outcome: " + completion.outcome().label(),
                me(), now);
        TaskView next = null;
        if (completion.nextAttemptAt() != null) {
            NewTask again = new NewTask(task.getTitle(), task.getType(), completion.nextAttemptAt(), task.getAssignee());
            next = writer.create(task.getItemId(), task.getItemKey(), again, task.getAssignee(), task.nextAttemptOrigin(), me())
                    .view();
        }
        return new Completed(task.view(), next);
    }

    @PreAuthorize(TaskPermissions.MANAGE)
    public TaskView cancel(long id, long version) {
        Task task = loadForChange(id, version);
        Instant now = now();
        task.cancel(me(), now);
        save(task);
        writer.record(task, "cancelled", null, me(), now);
        return task.view();
    }

    /** The signed-in user's open tasks (intake coordinators: and unassigned ones) by due time, {@code limit} per list. */
    @PreAuthorize(TaskPermissions.VIEW)
    public MyWork myWork(int limit) {
        checkLimit(limit);
        String me = me();
        boolean pool = currentUser.hasRole(Role.INTAKE_COORDINATOR);
        Day day = today();
        Window overdue = new Window(Instant.EPOCH, day.now());
        Window today = new Window(day.now(), day.end());
        Window later = new Window(day.end(), Instant.parse("9999-01-01T00:00:00Z"));
        if (!workflow.readsEveryItem()) {
            // Some leads are hidden from this reader: each list and its count keep only the readable ones.
            Page<TaskView> o = readablePage(false, me, pool, overdue, PageRequest.of(0, limit));
            Page<TaskView> t = readablePage(false, me, pool, today, PageRequest.of(0, limit));
            Page<TaskView> l = readablePage(false, me, pool, later, PageRequest.of(0, limit));
            return new MyWork(o.getContent(), o.getTotalElements(), t.getContent(), t.getTotalElements(),
                    l.getContent(), l.getTotalElements());
        }
        Function<Window, List<TaskView>> list = w -> readable(tasks.mine(me, pool, TaskState.OPEN, w.from(), w.to(),
                PageRequest.of(0, limit)).getContent());
        return new MyWork(list.apply(overdue), count(me, pool, overdue), list.apply(today), count(me, pool, today),
                list.apply(later), count(me, pool, later));
    }

    /** The navigation's badges: one's overdue and due-today tasks, unread notices. */
    @PreAuthorize(TaskPermissions.VIEW)
    public WorkCounts myCounts() {
        String me = me();
        boolean pool = currentUser.hasRole(Role.INTAKE_COORDINATOR);
        Day day = today();
        return new WorkCounts(count(me, pool, new Window(Instant.EPOCH, day.now())),
                count(me, pool, new Window(day.now(), day.end())), notices.unreadCount());
    }

    /**
     * Everyone's open tasks (or one person's: {@code assignee}, {@code ""} for unassigned), by due time,
     * paged in the database; for managers.
     */
    @PreAuthorize(TaskPermissions.MANAGE_TEAM)
    public Page<TaskView> team(String assignee, DueFilter due, Pageable pageable) {
        Window w = window(due);
        String who = assignee == null ? "" : assignee.strip().toLowerCase();
        if (!workflow.readsEveryItem()) {
            return readablePage(assignee == null, who, false, w, pageable);
        }
        Page<Task> page = tasks.team(assignee == null, who, TaskState.OPEN, w.from(), w.to(), pageable);
        return new PageImpl<>(readable(page.getContent()), pageable, page.getTotalElements());
    }

    /**
     * Open tasks for the API: one's own (blank {@code assignee} or one's own name); managers anyone's,
     * everyone's with {@code *}.
     */
    @PreAuthorize(TaskPermissions.VIEW)
    public Page<TaskView> search(String assignee, DueFilter due, Pageable pageable) {
        String who = Validation.isBlank(assignee) ? me() : assignee.strip().toLowerCase();
        boolean manager = permissions.may(TaskAction.MANAGE_TEAM);
        if (!manager && !permissions.isMe(who)) {
            throw new ForbiddenException("Only managers see other people's tasks.");
        }
        Window w = window(due == null ? DueFilter.ALL : due);
        if (!workflow.readsEveryItem()) {
            return readablePage("*".equals(who), who, false, w, pageable);
        }
        Page<Task> page = tasks.team("*".equals(who), who, TaskState.OPEN, w.from(), w.to(), pageable);
        return new PageImpl<>(readable(page.getContent()), pageable, page.getTotalElements());
    }

    /**
     * Gives these open tasks to {@code assignee} (blank: unassigned), all or none: a task that is no
     * longer open or not found refuses the whole change. Returns the tasks as they are now.
     */
    @PreAuthorize(TaskPermissions.MANAGE_TEAM)
    public List<TaskView> reassign(Collection<Long> ids, String assignee) {
        if (ids == null || ids.isEmpty() || ids.size() > 500) {
            throw InvalidInputException.of("tasks", "Choose 1 to 500 tasks.");
        }
        Validation v = new Validation();
        String to = writer.assignee(assignee, v);
        v.throwIfInvalid();
        List<Task> found = tasks.findAllById(Set.copyOf(ids));
        Set<Long> readable = workflow.readableIds(found.stream().map(Task::getItemId).toList());
        if (found.size() != Set.copyOf(ids).size() || !found.stream().allMatch(t -> readable.contains(t.getItemId()))) {
            throw new NotFoundException("Some of these tasks no longer exist.");
        }
        Instant now = now();
        for (Task task : found) {
            if (task.getState() != TaskState.OPEN) {
                throw new ConflictException("“" + task.getTitle() + "” (" + task.getItemKey() + ") is already "
                        + task.getState().name().toLowerCase() + "; reload and choose again.");
            }
            if (!Objects.equals(task.getAssignee(), to)) {
                task.assignTo(to);
                save(task);
                writer.record(task, "edited", to == null ? "unassigned" : "assigned to " + to, me(), now);
            }
        }
        return found.stream().map(Task::view).toList();
    }

    /** The next open task of each of these items (board cards, lead list), by item id; items without one are left out. */
    @PreAuthorize(TaskPermissions.VIEW)
    public Map<Long, TaskView> nextDueTasks(Collection<Long> itemIds) {
        Map<Long, TaskView> next = new LinkedHashMap<>();
        if (itemIds == null || itemIds.isEmpty()) {
            return next;
        }
        if (itemIds.size() > 500) {
            throw InvalidInputException.of("itemIds", "Ask for at most 500 items.");
        }
        Set<Long> readable = workflow.readableIds(Set.copyOf(itemIds));
        if (readable.isEmpty()) {
            return next;
        }
        tasks.openOf(readable, TaskState.OPEN).forEach(t -> next.putIfAbsent(t.getItemId(), t.view()));
        return next;
    }

    /** As {@link #nextDueTasks}, for lists that know leads by key: by key. */
    @PreAuthorize(TaskPermissions.VIEW)
    public Map<String, TaskView> nextDueTasksByKey(Collection<String> keys) {
        Map<String, TaskView> next = new LinkedHashMap<>();
        if (keys == null || keys.isEmpty()) {
            return next;
        }
        if (keys.size() > 500) {
            throw InvalidInputException.of("keys", "Ask for at most 500 leads.");
        }
        List<Task> open = tasks.openOfKeys(Set.copyOf(keys), TaskState.OPEN);
        Set<Long> readable = workflow.readableIds(open.stream().map(Task::getItemId).distinct().toList());
        open.stream().filter(t -> readable.contains(t.getItemId()))
                .forEach(t -> next.putIfAbsent(t.getItemKey(), t.view()));
        return next;
    }

    /** Who a task may be assigned to: active intake coordinators, clinicians and managers. */
    @PreAuthorize(TaskPermissions.VIEW)
    public List<StaffMember> assignees() {
        return staff.withRoles(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER);
    }

    private long count(String me, boolean pool, Window w) {
        if (!workflow.readsEveryItem()) {
            return readableRows(tasks.rows(false, me, pool, TaskState.OPEN, w.from(), w.to())).size();
        }
        return tasks.countMine(me, pool, TaskState.OPEN, w.from(), w.to());
    }

    /**
     * A page of open tasks for a reader whose read rule hides some leads: the rule is applied to every
     * matching row first (ids only, nothing audited), so the page holds only readable tasks and its total
     * counts only those; then the tasks of the page are read and audited as listed.
     */
    private Page<TaskView> readablePage(boolean anyone, String who, boolean pool, Window w, Pageable pageable) {
        List<Long> ids = readableRows(tasks.rows(anyone, who, pool, TaskState.OPEN, w.from(), w.to()));
        int from = (int) Math.min(ids.size(), pageable.isPaged() ? pageable.getOffset() : 0);
        int to = pageable.isPaged() ? (int) Math.min(ids.size(), (long) from + pageable.getPageSize()) : ids.size();
        List<Long> shown = ids.subList(from, to);
        Map<Long, Task> found = new LinkedHashMap<>();
        tasks.findAllById(shown).forEach(t -> found.put(t.getId(), t));
        List<Task> page = shown.stream().map(found::get).filter(Objects::nonNull).toList();
        return new PageImpl<>(readable(page), pageable, ids.size());
    }

    /** The ids of the rows whose lead the current user may read, in their order. */
    private List<Long> readableRows(List<TaskRow> rows) {
        Set<Long> readable = workflow.readableIdsUnlisted(rows.stream().map(TaskRow::itemId).toList());
        return rows.stream().filter(r -> readable.contains(r.itemId())).map(TaskRow::id).toList();
    }

    /** Tasks of leads the user may read, in the order given (the readable ones are audited as listed). */
    private List<TaskView> readable(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> readable = workflow.readableIds(page.stream().map(Task::getItemId).distinct().toList());
        return page.stream().filter(t -> readable.contains(t.getItemId())).map(Task::view).toList();
    }

    /** The task, if the user may read its lead; otherwise as unknown (the engine audits the refusal). */
    private Task load(long id) {
        Task task = tasks.findById(id).orElseThrow(() -> unknown(id));
        try {
            workflow.get(task.getItemKey());
        } catch (NotFoundException e) {
            throw unknown(id);
        }
        return task;
    }

    private Task loadForChange(long id, long version) {
        Task task = load(id);
        workflow.getForChange(task.getItemKey()); // emergency access reads a lead's tasks, never changes them
        if (task.getState() != TaskState.OPEN) {
            throw new ConflictException("This task is already " + task.getState().name().toLowerCase() + ".");
        }
        if (task.getVersion() != version) {
            throw stale();
        }
        if (!permissions.mayChange(task.getType(), task.getAssignee())) {
            throw new ForbiddenException("Clinicians change clinical tasks, or tasks assigned to themselves.");
        }
        return task;
    }

    private void save(Task task) {
        try {
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private static ConflictException stale() {
        return new ConflictException("Someone else changed this task meanwhile; reload it and try again.");
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("There is no task " + id + ".");
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw InvalidInputException.of("limit", "Ask for 1 to " + MAX_LIST + " tasks.");
        }
    }

    private Window window(DueFilter due) {
        Day day = today();
        return switch (due == null ? DueFilter.ALL : due) {
            case OVERDUE -> new Window(Instant.EPOCH, day.now());
            case TODAY -> new Window(day.now(), day.end());
            case UPCOMING -> new Window(day.end(), Instant.parse("9999-01-01T00:00:00Z"));
            case ALL -> new Window(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        };
    }

    /** Now, and the end of today in the clinic's zone. */
    private Day today() {
        Instant now = now();
        LocalDate date = now.atZone(zone).toLocalDate();
        return new Day(now, date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private String me() {
        return currentUser.usernameOrSystem();
    }

    private Instant now() {
        return writer.now();
    }

    private record Window(Instant from, Instant to) {
    }

    private record Day(Instant now, Instant end) {
    }
}
