package com.pathway.tasks;

import java.time.Instant;

/**
 * Completing a task at {@code version}: a call may record its {@code outcome}; {@code nextAttemptAt},
 * when given, schedules the next attempt (a copy of the task, same assignee) in the same step.
 */
public record TaskCompletion(long version, CallOutcome outcome, Instant nextAttemptAt) {
}
