package com.pathway.tasks;

/** One person's open tasks, and how many of them are overdue. */
public record TaskLoad(String assignee, long open, long overdue) {
}
