package com.pathway.clinic.treatment.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.clinic.treatment.CourseView;
import com.pathway.clinic.treatment.NewCourse;
import com.pathway.clinic.treatment.TemplateCourse;
import com.pathway.clinic.treatment.TemplateView;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ComboBoxes;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** The course's dialogs: start one (by hand or from a template), book its next session, stop it with a reason. */
final class CourseDialogs {

    private CourseDialogs() {
    }

    /** A dialog whose primary button runs {@code action}; a refusal stays in it, next to its fields. */
    private interface Action {
        CourseView run();
    }

    private static Dialog dialog(String id, String title, String primaryLabel, FieldErrors errors,
            com.vaadin.flow.component.Focusable<?> first, Action action, String done, Consumer<CourseView> onDone,
            com.vaadin.flow.component.Component... content) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        InlineAlert refusal = new InlineAlert();
        refusal.setId(id + "-refusal");
        dialog.add(content);
        dialog.add(refusal);
        Button primary = new Button(primaryLabel, e -> {
            errors.clear();
            refusal.clear();
            try {
                CourseView course = action.run();
                Notifications.success(done);
                dialog.close();
                onDone.accept(course);
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("Nothing was changed.", rest));
            } catch (ConflictException | NotFoundException ex) {
                refusal.show(ex.getMessage());
            }
        });
        primary.setId(id + "-save");
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), primary);
        return DialogKeys.submitOnEnter(dialog, first, primary);
    }

    static Dialog start(TreatmentService courses, List<String> indications, ZoneId zone, Clock clock, String key,
            Consumer<CourseView> onDone) {
        ComboBox<String> indication = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Indication"));
        indication.setId("course-indication");
        indication.setItems(indications);
        indication.setHelperText("The clinic's list; an administrator keeps it.");
        IntegerField planned = new IntegerField("Planned infusions");
        planned.setId("course-planned");
        planned.setMin(1);
        planned.setMax(TreatmentService.MAX_PLANNED);
        planned.setStepButtonsVisible(true);
        DatePicker startsOn = new DatePicker("Starts on");
        startsOn.setId("course-starts-on");
        startsOn.setValue(LocalDate.now(clock.withZone(zone)));
        DateTimePicker first = new DateTimePicker("First session (optional)");
        first.setId("course-first-session");
        first.setStep(Duration.ofMinutes(15));
        FieldErrors errors = new FieldErrors().bind("indication", indication).bind("plannedSessions", planned)
                .bind("startsOn", startsOn).bind("nextSessionAt", first);
        FormLayout form = new FormLayout(indication, planned, startsOn, first);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return dialog("course-dialog", "Start a treatment course · " + key, "Start course", errors, indication,
                () -> courses.start(key, new NewCourse(indication.getValue(), planned.getValue(), startsOn.getValue(),
                        first.getValue() == null ? null : first.getValue().atZone(zone).toInstant())),
                "The course of " + key + " is started.", onDone, form);
    }

    /** Start a course from one of the clinic's templates: it books the sessions from the first one on. */
    static Dialog fromTemplate(TreatmentService courses, List<String> indications, List<TemplateView> templates,
            ZoneId zone, String key, Consumer<CourseView> onDone) {
        ComboBox<String> indication = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Indication"));
        indication.setId("template-indication");
        indication.setItems(indications);
        ComboBox<TemplateView> template = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Course template"));
        template.setId("course-template");
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t.name() + " · " + t.plan());
        template.setHelperText("The clinic's templates; an administrator keeps them.");
        DateTimePicker first = new DateTimePicker("First session");
        first.setId("template-first-session");
        first.setStep(Duration.ofMinutes(15));
        FieldErrors errors = new FieldErrors().bind("indication", indication).bind("templateId", template)
                .bind("firstSessionAt", first);
        FormLayout form = new FormLayout(indication, template, first);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        return dialog("template-dialog", "Start a course from a template · " + key, "Start and book", errors,
                indication, () -> courses.startFromTemplate(key, new TemplateCourse(indication.getValue(),
                        template.getValue() == null ? null : template.getValue().id(),
                        first.getValue() == null ? null : first.getValue().atZone(zone).toInstant())),
                "The course of " + key + " is started and its sessions are booked.", onDone, form);
    }

    static Dialog next(TreatmentService courses, ZoneId zone, String key, CourseView course, Consumer<CourseView> onDone) {
        DateTimePicker at = new DateTimePicker("Next session");
        at.setId("course-next-at");
        at.setStep(Duration.ofMinutes(15));
        if (course.nextSessionAt() != null) {
            at.setValue(course.nextSessionAt().atZone(zone).toLocalDateTime());
        }
        FieldErrors errors = new FieldErrors().bind("nextSessionAt", at);
        return dialog("course-next-dialog", "Book the next session · " + key, "Save", errors, at,
                () -> courses.scheduleNext(key, at.getValue() == null ? null : at.getValue().atZone(zone).toInstant(),
                        course.version()),
                "The next session of " + key + " is saved.", onDone,
                new Paragraph("Leave it empty to clear the booking."), at);
    }

    static Dialog stop(TreatmentService courses, String key, CourseView course, Consumer<CourseView> onDone) {
        TextArea reason = new TextArea("Why does the course stop?");
        reason.setId("course-stop-reason");
        reason.setWidthFull();
        reason.setMaxLength(TreatmentService.MAX_REASON);
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        return dialog("course-stop-dialog", "Stop the course · " + key, "Stop course", errors, reason,
                () -> courses.stop(key, reason.getValue(), course.version()),
                "The course of " + key + " is stopped.", onDone,
                new Paragraph(course.progress() + " infusions were signed. A stopped course is not reopened; start a new one later if needed."),
                reason);
    }
}
