package com.pathway.tasks;

import java.time.Instant;

/**
 * A task as views and the API show it. {@code leadKey} is the key of the work item (lead) it belongs
 * to; {@code assignee} is a user name or {@code null} (anyone of the intake team may take it);
 * {@code version} is the optimistic-lock version to send back with a change.
 */
public record TaskView(long id, long itemId, String leadKey, String title, TaskType type, Instant dueAt,
        String assignee, TaskState state, CallOutcome outcome, String origin, Instant createdAt, String createdBy,
        Instant closedAt, String closedBy, long version) {

    public boolean isOpen() {
        return state == TaskState.OPEN;
    }

    /** Open and due before {@code now}. */
    public boolean overdueAt(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }
}
