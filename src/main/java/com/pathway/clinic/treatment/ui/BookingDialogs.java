package com.pathway.clinic.treatment.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;

import com.pathway.clinic.treatment.ScheduledSessionView;
import com.pathway.clinic.treatment.SessionScheduleService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Moving a booked session (a new date and time, then a confirmation that names both times) and booking one
 * more session on the course. A refusal stays in the dialog, on the date field or under it; nothing is changed.
 */
final class BookingDialogs {

    private BookingDialogs() {
    }

    static Dialog reschedule(SessionScheduleService schedule, ClinicTime time, String key, ScheduledSessionView s,
            Runnable onDone) {
        DateTimePicker at = picker("reschedule-at", "New date and time");
        at.setValue(s.scheduledAt().atZone(time.zone()).toLocalDateTime());
        String from = time.format(s.scheduledAt());
        return dialog("reschedule-dialog", "Move session " + s.number() + " · " + key, "Move session…", at, time,
                new Paragraph("Booked for " + from + (s.phase() == null ? "" : " (" + s.phase() + ")")
                        + ". Choose when it takes place instead."),
                to -> "Move session " + s.number() + " of " + key + " from " + from + " to " + time.format(to) + "?",
                to -> schedule.reschedule(key, s.id(), to, s.version()),
                v -> "Session " + v.number() + " is moved to " + time.format(v.scheduledAt()) + ".", onDone);
    }

    static Dialog add(SessionScheduleService schedule, ClinicTime time, String key, Runnable onDone) {
        DateTimePicker at = picker("book-at", "Date and time");
        return dialog("book-dialog", "Book a session · " + key, "Book session", at, time,
                new Paragraph("One more session on the course, for example to rebook a missed one. The course's "
                        + "planned number of infusions stays as it is."),
                null, to -> schedule.add(key, to),
                v -> "Session " + v.number() + " is booked for " + time.format(v.scheduledAt()) + ".", onDone);
    }

    private static DateTimePicker picker(String id, String label) {
        DateTimePicker at = new DateTimePicker(label);
        at.setId(id);
        at.setStep(Duration.ofMinutes(15));
        at.setHelperText("In the clinic's time zone");
        return at;
    }

    /**
     * A dialog with one date field; its primary button asks {@code question} first when there is one (null: no
     * confirmation), then runs {@code action}; a refusal shows on the field, or under it.
     */
    private static Dialog dialog(String id, String title, String primaryLabel, DateTimePicker at, ClinicTime time,
            Paragraph intro, Function<Instant, String> question, Function<Instant, ScheduledSessionView> action,
            Function<ScheduledSessionView, String> done, Runnable onDone) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        InlineAlert refusal = new InlineAlert();
        refusal.setId(id + "-refusal");
        FieldErrors errors = new FieldErrors().bind("at", at);
        dialog.add(intro, at, refusal);
        Runnable run = () -> {
            errors.clear();
            refusal.clear();
            try {
                ScheduledSessionView v = action.apply(instant(at.getValue(), time));
                Notifications.success(done.apply(v));
                dialog.close();
                onDone.run();
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("Nothing was changed.", rest));
            } catch (ConflictException | NotFoundException ex) {
                refusal.show(ex.getMessage());
            }
        };
        Button primary = new Button(primaryLabel, e -> {
            Instant to = instant(at.getValue(), time);
            if (question == null || to == null) {
                run.run(); // nothing to confirm: the service books it, or says what is missing
                return;
            }
            confirm(id + "-confirm", question.apply(to), run).open();
        });
        primary.setId(id + "-save");
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), primary);
        return DialogKeys.submitOnEnter(dialog, at, primary);
    }

    /** "Move this session?" naming both times; Enter or Move it moves it, Keep it or Escape leaves it. */
    private static Dialog confirm(String id, String question, Runnable move) {
        Dialog confirm = new Dialog();
        confirm.setId(id);
        confirm.setHeaderTitle("Move this session?");
        Paragraph text = new Paragraph(question);
        text.setId(id + "-text");
        confirm.add(text);
        Button yes = new Button("Move it", e -> {
            confirm.close();
            move.run();
        });
        yes.setId(id + "-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep it", e -> confirm.close());
        keep.setId(id + "-keep");
        confirm.getFooter().add(keep, yes);
        return DialogKeys.submitOnEnter(confirm, null, yes);
    }

    private static Instant instant(LocalDateTime value, ClinicTime time) {
        return value == null ? null : value.atZone(time.zone()).toInstant();
    }
}
