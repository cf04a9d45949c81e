package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.tasks.TaskHistoryEntry;
import com.pathway.tasks.TaskService;

/** The lead's tasks in its timeline: each one created, changed, done or cancelled. */
@Component
@Order(3)
class TaskTimeline implements TimelineSource {

    private final TaskService tasks;

    TaskTimeline(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        return tasks.timeline(key, limit).stream().map(TaskTimeline::entry).toList();
    }

    private static TimelineEntry entry(TaskHistoryEntry h) {
        String what = switch (h.action()) {
            case "created" -> "Task created";
            case "done" -> "Task done";
            case "cancelled" -> "Task cancelled";
            default -> "Task changed";
        };
        List<String> details = new ArrayList<>();
        details.add("“" + h.taskTitle() + "”");
        if (h.details() != null) {
            details.add(h.details());
        }
        return new TimelineEntry(h.at(), "task", what, details, h.actor());
    }
}
