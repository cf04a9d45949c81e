package com.pathway.tasks.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.shared.ConflictException;
import com.pathway.tasks.CallOutcome;
import com.pathway.tasks.TaskState;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;

/** A task on a work item; it guards its own state: only an open task changes, and only once it closes. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "item_key", nullable = false, length = 24)
    private String itemKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_type", nullable = false, length = 24)
    private TaskType type;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(length = 64)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private CallOutcome outcome;

    @Column(nullable = false, length = 64)
    private String origin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Version
    private long version;

    /** Where a first-contact call, and each next attempt of one, came from. */
    public static final String FIRST_CONTACT = "first contact";

    protected Task() {
    }

    public Task(long itemId, String itemKey, String title, TaskType type, Instant dueAt, String assignee,
            String origin, String createdBy, Instant now) {
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.title = title;
        this.type = type;
        this.dueAt = dueAt;
        this.assignee = assignee;
        this.state = TaskState.OPEN;
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private void mustBeOpen() {
        if (state != TaskState.OPEN) {
            throw new ConflictException("This task is already " + state.name().toLowerCase() + ".");
        }
    }

    public void edit(String newTitle, TaskType newType, Instant newDue) {
        mustBeOpen();
        this.title = newTitle;
        this.type = newType;
        this.dueAt = newDue;
    }

    public void assignTo(String username) {
        mustBeOpen();
        this.assignee = username;
    }

    public void complete(CallOutcome callOutcome, String by, Instant now) {
        mustBeOpen();
        this.state = TaskState.DONE;
        this.outcome = callOutcome;
        this.closedBy = by;
        this.closedAt = now;
    }

    public void cancel(String by, Instant now) {
        mustBeOpen();
        this.state = TaskState.CANCELLED;
        this.closedBy = by;
        this.closedAt = now;
    }

    public TaskView view() {
        return new TaskView(id, itemId, itemKey, title, type, dueAt, assignee, state, outcome, origin, createdAt,
                createdBy, closedAt, closedBy, version);
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public TaskType getType() {
        return type;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public TaskState getState() {
        return state;
    }

    public String getOrigin() {
        return origin;
    }

    /** Where the next attempt of this call comes from: a first-contact call's next attempt is one too. */
    public String nextAttemptOrigin() {
        return FIRST_CONTACT.equals(origin) ? FIRST_CONTACT : "next attempt";
    }

    public long getVersion() {
        return version;
    }
}
