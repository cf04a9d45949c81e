package com.pathway.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.Access;
import com.pathway.tasks.internal.Task;
import com.pathway.tasks.internal.TaskRepository;

/**
 * Open tasks for reminders sent by jobs without a signed-in user (the morning digest, the notice before a
 * task is due), and the counts of each person's open tasks for the dashboard's workload. Each answer concerns tasks assigned to a named person, who is the one reminded; the
 * reminder itself carries no health information.
 */
@Service
@Transactional(readOnly = true)
public class TaskReminders {

    /** The most tasks one call answers. */
    public static final int MAX = 500;


    private final TaskRepository tasks;

    public TaskReminders(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** Assigned open tasks due in {@code [from, to)}, soonest first, at most {@code limit}. */
    @PreAuthorize("permitAll()") // jobs without a user: the notice before a task is due
    public List<TaskView> assignedDueBetween(Instant from, Instant to, int limit) {
        return tasks.assignedDue(TaskState.OPEN, from, to, PageRequest.of(0, bounded(limit))).stream()
                .map(Task::view).toList();
    }

    /** One person's open tasks due in {@code [from, until)}, earliest first, at most {@code limit}. */
    @PreAuthorize("permitAll()") // jobs without a user: the morning digest to that person
    public List<TaskView> openOf(String username, Instant from, Instant until, int limit) {
        return tasks.mine(normal(username), false, TaskState.OPEN, from, until,
                PageRequest.of(0, bounded(limit))).getContent().stream().map(Task::view).toList();
    }

    /** How many open tasks the person has due in {@code [from, to)} (counted by the database). */
    @PreAuthorize("permitAll()") // jobs without a user: the morning digest to that person
    public long countOf(String username, Instant from, Instant to) {
        return tasks.countMine(normal(username), false, TaskState.OPEN, from, to);
    }

    /** Every person's open and overdue tasks at {@code now}: the dashboard's workload (counts, no task). */
    @PreAuthorize(Access.MANAGER_OR_ADMIN)
    public List<TaskLoad> loadByAssignee(Instant now) {
        return tasks.loadByAssignee(TaskState.OPEN, now).stream()
                .map(r -> new TaskLoad((String) r[0], ((Number) r[1]).longValue(),
                        r[2] == null ? 0 : ((Number) r[2]).longValue()))
                .toList();
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX));
    }
}
