package com.pathway.tasks.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.security.StaffMember;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskEdit;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Creates a task on a lead, or edits an open one: title, type, due time (clinic's zone) and assignee. */
public class TaskDialog extends Dialog {

    private final TextField title = new TextField("Title");
    private final Select<TaskType> type = new Select<>();
    private final DateTimePicker due = new DateTimePicker("Due");
    private final ComboBox<StaffMember> assignee = new ComboBox<>("Assignee");
    private final InlineAlert alert = new InlineAlert();
    private final FieldErrors errors = new FieldErrors();

    /** A dialog for a new task on {@code leadKey}; {@code saved} gets the created task. */
    public static TaskDialog create(TaskService tasks, String leadKey, String me, ZoneId zone, Clock clock,
            Consumer<TaskView> saved) {
        TaskDialog d = new TaskDialog(tasks.assignees(), zone);
        d.setHeaderTitle("New task on " + leadKey);
        d.type.setValue(TaskType.CALL);
        d.due.setValue(LocalDateTime.ofInstant(clock.instant(), zone).plusHours(1).truncatedTo(ChronoUnit.HOURS));
        d.select(me);
        d.addSave("Create task", () -> saved.accept(tasks.create(leadKey,
                new NewTask(d.title.getValue(), d.type.getValue(), d.dueInstant(zone), d.assigneeName()))));
        return d;
    }

    /** A dialog to edit an open task; {@code saved} gets the task as saved. */
    public static TaskDialog edit(TaskService tasks, TaskView task, ZoneId zone, Consumer<TaskView> saved) {
        TaskDialog d = new TaskDialog(tasks.assignees(), zone);
        d.setHeaderTitle("Edit task");
        d.title.setValue(task.title());
        d.type.setValue(task.type());
        d.due.setValue(LocalDateTime.ofInstant(task.dueAt(), zone));
        d.select(task.assignee());
        d.addSave("Save", () -> saved.accept(tasks.update(task.id(), new TaskEdit(task.version(), d.title.getValue(),
                d.type.getValue(), d.dueInstant(zone), d.assigneeName(), d.assigneeName() == null))));
        return d;
    }

    private TaskDialog(List<StaffMember> staff, ZoneId zone) {
        setId("task-dialog");
        title.setId("task-title");
        title.setWidthFull();
        title.setMaxLength(200);
        type.setLabel("Type");
        type.setId("task-type");
        type.setItems(TaskType.values());
        type.setItemLabelGenerator(TaskType::label);
        due.setId("task-due");
        due.setHelperText("In the clinic's time zone (" + zone.getId() + ")");
        assignee.setId("task-assignee");
        assignee.setItems(staff);
        ComboBoxes.pickFirstMatchOnEnter(assignee);
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setHelperText("Empty: anyone of the intake team");
        errors.bind("title", title).bind("type", type).bind("dueAt", due).bind("assignee", assignee);
        FormLayout form = new FormLayout(title, type, due, assignee);
        form.setColspan(title, 2);
        add(alert, form);
        setWidth("560px");
        getFooter().add(new Button("Back", e -> close()));
    }

    private void select(String username) {
        assignee.getListDataView().getItems().filter(m -> m.username().equalsIgnoreCase(String.valueOf(username)))
                .findFirst().ifPresent(assignee::setValue);
    }

    private String assigneeName() {
        return assignee.getValue() == null ? null : assignee.getValue().username();
    }

    private Instant dueInstant(ZoneId zone) {
        return due.getValue() == null ? null : due.getValue().atZone(zone).toInstant();
    }

    private void addSave(String label, Runnable save) {
        Button button = new Button(label, e -> {
            alert.clear();
            try {
                save.run();
                close();
            } catch (InvalidInputException error) {
                errors.show(error, rest -> alert.show(String.join(" ", rest)));
            } catch (ConflictException | ForbiddenException | NotFoundException error) {
                alert.show(error.getMessage());
            }
        });
        button.setId("task-save");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(button);
    }
}
