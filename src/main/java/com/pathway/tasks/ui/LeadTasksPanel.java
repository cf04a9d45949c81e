package com.pathway.tasks.ui;

import java.time.Clock;

import com.pathway.security.CurrentUser;
import com.pathway.shared.NotFoundException;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskAction;
import com.pathway.tasks.TaskPermissions;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.springframework.context.annotation.Scope;

/**
 * The Tasks card of a lead page: the lead's open tasks by due time, then closed ones, with "Add task"
 * for those who may manage tasks. A page adds it once and calls {@link #show} with the lead's key.
 */
@SpringComponent
@Scope("prototype")
@StyleSheet("context://styles/tasks.css")
public class LeadTasksPanel extends Div {

    private final TaskService tasks;
    private final TaskRows rows;
    private final Paragraph empty = new Paragraph("No tasks yet.");
    private final Button add = new Button("Add task", VaadinIcon.PLUS.create());
    private String key;
    private Runnable changed = () -> { };

    public LeadTasksPanel(TaskService tasks, TaskPermissions permissions, ServiceLevels levels, CurrentUser currentUser,
            Clock clock) {
        this.tasks = tasks;
        this.rows = new TaskRows(tasks, permissions, levels.hours(), clock, false, this::changed);
        setId("lead-tasks");
        addClassName("lead-card");
        addClassName("lead-tasks-card");
        add.setId("add-task");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setVisible(permissions.may(TaskAction.MANAGE));
        add.addClickListener(e -> TaskDialog.create(tasks, key, currentUser.usernameOrSystem(), levels.hours().zone(),
                clock, created -> changed()).open());
        Div head = new Div(new H3("Tasks"), add);
        head.addClassName("lead-card-head");
        empty.addClassName("task-empty");
        add(head, rows, empty);
    }

    /** Shows the tasks of the lead (which the page has already read, so the user may read it). */
    public void show(String leadKey) {
        this.key = leadKey;
        refresh();
    }

    /** Runs after the user changed a task here (the page refreshes its timeline). */
    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    private void changed() {
        refresh();
        changed.run();
    }

    private void refresh() {
        if (key == null) {
            return;
        }
        java.util.List<TaskView> list;
        try {
            list = tasks.forLead(key);
        } catch (NotFoundException e) {
            list = java.util.List.of();
        }
        rows.show(list);
        empty.setVisible(list.isEmpty());
    }
}
