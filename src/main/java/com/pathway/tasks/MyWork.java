package com.pathway.tasks;

import java.util.List;

/**
 * One person's open tasks by when they are due, as the home page shows them: each list holds at most
 * the number asked for, and the counts say how many there are in all.
 */
public record MyWork(List<TaskView> overdue, long overdueCount, List<TaskView> dueToday, long dueTodayCount,
        List<TaskView> upcoming, long upcomingCount) {
}
