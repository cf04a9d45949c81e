package com.pathway.tasks.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.pathway.tasks.BusinessHours;
import com.pathway.tasks.TaskPermissions;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list of tasks, each with its type, title, due time in words, assignee, optionally its lead (a
 * link to the lead page) and the actions the user may take: complete, edit, cancel (after asking).
 */
public class TaskRows extends UnorderedList {

    private final TaskService tasks;
    private final TaskPermissions permissions;
    private final BusinessHours hours;
    private final Clock clock;
    private final boolean showLead;
    private final Runnable changed;

    public TaskRows(TaskService tasks, TaskPermissions permissions, BusinessHours hours, Clock clock,
            boolean showLead, Runnable changed) {
        this.tasks = tasks;
        this.permissions = permissions;
        this.hours = hours;
        this.clock = clock;
        this.showLead = showLead;
        this.changed = changed;
        addClassName("task-rows");
    }

    public void show(List<TaskView> shown) {
        removeAll();
        Instant now = clock.instant();
        shown.forEach(t -> add(row(t, now)));
    }

    private ListItem row(TaskView t, Instant now) {
        Span type = new Span(t.type().label());
        type.addClassName("task-type");
        Span title = new Span(t.title());
        title.addClassName("task-title");
        Div head = new Div(type, title);
        head.addClassName("task-head");
        if (showLead) {
            Anchor lead = new Anchor("leads/" + t.leadKey(), t.leadKey());
            lead.addClassName("task-lead");
            head.addComponentAsFirst(lead);
        }
        Span due = new Span(t.isOpen() ? TaskWords.due(t.dueAt(), now, hours.zone())
                : (t.state().name().equals("DONE") ? "Done" : "Cancelled") + (t.outcome() == null ? ""
                        : " · " + t.outcome().label()));
        due.addClassName("task-due");
        if (t.overdueAt(now)) {
            due.addClassName("task-overdue");
        }
        Span who = new Span(t.assignee() == null ? "Unassigned" : t.assignee());
        who.addClassName("task-assignee");
        Div meta = new Div(due, who);
        meta.addClassName("task-meta");
        ListItem item = new ListItem(head, meta);
        item.addClassName("task-row");
        item.addClassName(t.isOpen() ? "task-open" : "task-closed");
        item.getElement().setAttribute("data-task", String.valueOf(t.id()));
        if (permissions.mayChange(t)) {
            item.add(actions(t));
        }
        return item;
    }

    private Div actions(TaskView t) {
        Button done = new Button("Complete", VaadinIcon.CHECK.create(),
                e -> new CompleteTaskDialog(tasks, t, hours, clock, c -> {
                    Notifications.success(c.next() == null ? "Task done." : "Task done; next attempt scheduled.");
                    changed.run();
                }).open());
        done.addClassName("task-complete");
        Button edit = new Button("Edit", e -> TaskDialog.edit(tasks, t, hours.zone(), saved -> changed.run()).open());
        edit.addClassName("task-edit");
        Button cancel = new Button("Cancel task", e -> confirmCancel(t));
        cancel.addClassName("task-cancel");
        for (Button b : List.of(done, edit, cancel)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Div actions = new Div(done, edit, cancel);
        actions.addClassName("task-actions");
        return actions;
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
