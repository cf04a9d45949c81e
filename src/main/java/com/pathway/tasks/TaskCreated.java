package com.pathway.tasks;

import java.time.Instant;

/**
 * A task was created (by hand, by a workflow post-function or for a new inquiry). Published inside the
 * creating transaction; listen after commit (reminders and calendar feeds start here).
 */
public record TaskCreated(long taskId, long itemId, String leadKey, TaskType type, Instant dueAt, String assignee,
        String origin) {
}
