package com.pathway.tasks.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Markup;
import com.pathway.shared.ui.MarkupButtons;
import com.pathway.shared.ui.Notifications;
import com.pathway.tasks.BusinessHours;
import com.pathway.tasks.TaskPermissions;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;

/**
 * A list of tasks, each with its type, title, due time in words, assignee, optionally its lead (a
 * link to the lead page) and the actions the user may take: complete, edit, cancel (after asking).
 * <p>
 * The list is sent as markup in one element (every value escaped by jsoup), buttons included, and one listener
 * hears their clicks (and Enter or Space on a focused one) with the action and the task's id: My work shows some
 * thirty tasks, which as components would be six hundred elements the page keeps for as long as it is open. Only
 * the tasks shown here can be acted on, and the service checks who may change each.
 */
public class TaskRows extends Div {

    private static final String ROW = "task-row";
    /** The id of the task whose button was clicked, read in the browser. */
    static final String TASK = MarkupButtons.rowId(ROW, "task");
    /** A click on one of the rows' buttons. */
    static final String ON_A_BUTTON = MarkupButtons.onAButton(ROW);

    private final TaskService tasks;
    private final TaskPermissions permissions;
    private final BusinessHours hours;
    private final Clock clock;
    private final boolean showLead;
    private final Runnable changed;
    private final Map<Long, TaskView> shown = new LinkedHashMap<>();

    public TaskRows(TaskService tasks, TaskPermissions permissions, BusinessHours hours, Clock clock,
            boolean showLead, Runnable changed) {
        this.tasks = tasks;
        this.permissions = permissions;
        this.hours = hours;
        this.clock = clock;
        this.showLead = showLead;
        this.changed = changed;
        addClassName("task-list");
        MarkupButtons.listen(this, ROW, "task", this::act);
    }

    public void show(List<TaskView> tasksShown) {
        shown.clear();
        Instant now = clock.instant();
        Element block = Markup.block();
        Element list = block.appendElement("ul").addClass("task-rows");
        for (TaskView t : tasksShown) {
            shown.put(t.id(), t);
            row(list.appendElement("li"), t, now);
        }
        Markup.show(this, block);
    }

    private void row(Element item, TaskView t, Instant now) {
        item.addClass(ROW).addClass(t.isOpen() ? "task-open" : "task-closed")
                .attr("data-task", String.valueOf(t.id()));
        Element head = item.appendElement("div").addClass("task-head");
        if (showLead) {
            head.appendElement("a").addClass("task-lead").attr("href", "leads/" + t.leadKey()).attr("router-link", "")
                    .text(t.leadKey());
        }
        head.appendElement("span").addClass("task-type").text(t.type().label());
        head.appendElement("span").addClass("task-title").text(t.title());
        Element meta = item.appendElement("div").addClass("task-meta");
        Element due = meta.appendElement("span").addClass("task-due").text(t.isOpen()
                ? TaskWords.due(t.dueAt(), now, hours.zone())
                : (t.state().name().equals("DONE") ? "Done" : "Cancelled")
                        + (t.outcome() == null ? "" : " \u00b7 " + t.outcome().label()));
        if (t.overdueAt(now)) {
            due.addClass("task-overdue");
        }
        meta.appendElement("span").addClass("task-assignee").text(t.assignee() == null ? "Unassigned" : t.assignee());
        if (permissions.mayChange(t)) {
            Element actions = item.appendElement("div").addClass("task-actions");
            button(actions, "complete", "task-complete", "Complete", t)
                    .prependElement("vaadin-icon").attr("icon", "vaadin:check").attr("slot", "prefix");
            button(actions, "edit", "task-edit", "Edit", t);
            button(actions, "cancel", "task-cancel", "Cancel task", t);
        }
    }

    private static Element button(Element actions, String action, String className, String text, TaskView t) {
        return MarkupButtons.button(actions, action, text).addClass(className)
                .attr("aria-label", text + ": " + t.title());
    }

    /**
     * Runs a row's button: {@code action} on the task with id {@code taskId}, when it is one of the tasks shown and
     * the user may change it; anything else (a stale or made-up request) is ignored.
     */
    void act(String action, long taskId) {
        TaskView t = shown.get(taskId);
        if (t == null || !permissions.mayChange(t)) {
            return;
        }
        switch (action) {
            case "complete" -> new CompleteTaskDialog(tasks, t, hours, clock, c -> {
                Notifications.success(c.next() == null ? "Task done." : "Task done; next attempt scheduled.");
                changed.run();
            }).open();
            case "edit" -> TaskDialog.edit(tasks, t, hours.zone(), saved -> changed.run()).open();
            case "cancel" -> confirmCancel(t);
            default -> {
                // not a button of this list
            }
        }
    }

    private void confirmCancel(TaskView t) {
        ConfirmDialog confirm = new ConfirmDialog("Cancel this task?",
                "“" + t.title() + "” on " + t.leadKey() + " will be closed as cancelled; this cannot be undone.",
                "Cancel task", e -> {
                    try {
                        tasks.cancel(t.id(), t.version());
                        Notifications.success("Task cancelled.");
                    } catch (ConflictException | ForbiddenException | NotFoundException error) {
                        Notifications.error(error.getMessage());
                    }
                    changed.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
