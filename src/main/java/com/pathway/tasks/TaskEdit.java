package com.pathway.tasks;

import java.time.Instant;

/**
 * Changes to an open task, made only if it is still at {@code version}; a {@code null} field stays as
 * it is. {@code unassign} empties the assignee.
 */
public record TaskEdit(long version, String title, TaskType type, Instant dueAt, String assignee, boolean unassign) {
}
