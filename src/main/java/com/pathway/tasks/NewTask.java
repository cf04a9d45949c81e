package com.pathway.tasks;

import java.time.Instant;

/** A task to create on a lead; {@code assignee} may be blank (unassigned). */
public record NewTask(String title, TaskType type, Instant dueAt, String assignee) {
}
