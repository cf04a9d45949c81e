package com.pathway.tasks.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.tasks.BusinessHours;
import com.pathway.tasks.CallOutcome;
import com.pathway.tasks.Completed;
import com.pathway.tasks.TaskCompletion;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Marks a task done. A call records its outcome and may schedule the next attempt in the same step
 * (offered at once when nobody was reached: the next working day at the same time).
 */
public class CompleteTaskDialog extends Dialog {

    private final RadioButtonGroup<CallOutcome> outcome = new RadioButtonGroup<>("Outcome");
    private final Checkbox again = new Checkbox("Schedule the next attempt");
    private final DateTimePicker next = new DateTimePicker("Next attempt");
    private final InlineAlert alert = new InlineAlert();
    private final FieldErrors errors = new FieldErrors();

    public CompleteTaskDialog(TaskService tasks, TaskView task, BusinessHours hours, Clock clock,
            Consumer<Completed> done) {
        ZoneId zone = hours.zone();
        setId("complete-dialog");
        setHeaderTitle("Complete “" + task.title() + "”");
        boolean call = task.type() == TaskType.CALL;
        outcome.setId("call-outcome");
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(CallOutcome::label);
        outcome.setVisible(call);
        again.setId("schedule-next");
        next.setId("next-attempt");
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), zone);
        LocalDate day = hours.workingDayFrom(at.toLocalDate().plusDays(1));
        next.setValue(LocalDateTime.of(day, at.toLocalTime().withSecond(0).withNano(0).isBefore(hours.opens())
                ? hours.opens() : at.toLocalTime().withSecond(0).withNano(0)));
        next.setHelperText("In the clinic's time zone (" + zone.getId() + ")");
        next.setVisible(false);
        again.addValueChangeListener(e -> next.setVisible(e.getValue()));
        outcome.addValueChangeListener(e -> {
            boolean retry = e.getValue() == CallOutcome.NO_ANSWER || e.getValue() == CallOutcome.VOICEMAIL;
            again.setValue(retry);
        });
        errors.bind("outcome", outcome).bind("nextAttemptAt", next);
        add(alert, new Paragraph(task.leadKey() + " · " + task.type().label()), outcome, again, next);
        Button complete = new Button("Complete", e -> {
            alert.clear();
            try {
                done.accept(tasks.complete(task.id(), new TaskCompletion(task.version(),
                        call ? outcome.getValue() : null,
                        again.getValue() && next.getValue() != null ? next.getValue().atZone(zone).toInstant() : null)));
                close();
            } catch (InvalidInputException error) {
                errors.show(error, rest -> alert.show(String.join(" ", rest)));
            } catch (ConflictException | ForbiddenException | NotFoundException error) {
                alert.show(error.getMessage());
            }
        });
        complete.setId("complete-save");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Back", e -> close()), complete);
        setWidth("480px");
    }
}
