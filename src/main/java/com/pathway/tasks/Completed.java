package com.pathway.tasks;

/** The completed task, and the next attempt it scheduled (or {@code null}). */
public record Completed(TaskView done, TaskView next) {
}
