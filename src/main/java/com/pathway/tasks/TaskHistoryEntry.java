package com.pathway.tasks;

import java.time.Instant;

/** One change of a task: what ({@code created}, {@code edited}, {@code done}, …), details, who and when. */
public record TaskHistoryEntry(long taskId, String leadKey, String taskTitle, String action, String details,
        String actor, Instant at) {
}
