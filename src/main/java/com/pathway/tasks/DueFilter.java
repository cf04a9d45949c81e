package com.pathway.tasks;

/** Which open tasks by due time: overdue, due today (clinic's day), later, or all of them. */
public enum DueFilter {
    OVERDUE, TODAY, UPCOMING, ALL
}
