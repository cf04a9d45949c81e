package com.pathway.tasks.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One change of a task, never updated. */
@Entity
@Immutable
@Table(name = "task_history")
public class TaskHistoryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 24)
    private String action;

    @Column(length = 500)
    private String details;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected TaskHistoryRow() {
    }

    public TaskHistoryRow(long taskId, long itemId, String action, String details, String actor, Instant occurredAt) {
        this.taskId = taskId;
        this.itemId = itemId;
        this.action = action;
        this.details = details == null || details.length() <= 500 ? details : details.substring(0, 499) + "…";
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public long getTaskId() {
        return taskId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
