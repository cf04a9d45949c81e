package com.pathway.clinic.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.pathway.clinic.Appointment;
import com.pathway.clinic.AppointmentChange;
import com.pathway.clinic.AppointmentService;
import com.pathway.security.Role;
import com.pathway.security.UserDirectory;
import com.pathway.security.UserOption;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Moves a lead's appointment: new time (in the clinic's zone), clinician, in person or telehealth,
 * filled with the current ones. It says what changes before saving; the service checks it as when the
 * appointment was booked, and its messages stay next to the fields.
 */
class RescheduleDialog extends Dialog {

    private final DateTimePicker startsAt = new DateTimePicker("Date and time");
    private final ComboBox<UserOption> clinician = new ComboBox<>("Clinician");
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("In person or telehealth");
    private final Paragraph change = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private final InlineAlert refusal = new InlineAlert();

    RescheduleDialog(AppointmentService appointments, UserDirectory users, ZoneId zone, String key,
            Appointment current, Consumer<Appointment> onRescheduled) {
        setId("reschedule-dialog");
        setHeaderTitle("Reschedule the appointment of " + key);
        startsAt.setId("reschedule-at");
        startsAt.setStep(Duration.ofMinutes(15));
        startsAt.setValue(current.startsAt().atZone(zone).toLocalDateTime());
        clinician.setId("reschedule-clinician");
        clinician.setItemLabelGenerator(UserOption::label);
        clinician.setItems(query -> users.active(Set.of(Role.CLINICIAN), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        clinician.setPageSize(UserDirectory.MAX_OPTIONS);
        ComboBoxes.pickFirstMatchOnEnter(clinician);
        clinician.setValue(new UserOption(current.clinician(), current.clinicianName()));
        mode.setId("reschedule-mode");
        List<String> modes = new ArrayList<>(appointments.modes());
        if (!modes.contains(current.mode())) {
            modes.add(current.mode());
        }
        mode.setItems(modes);
        mode.setValue(current.mode());
        change.setId("reschedule-change");
        change.addClassName("reschedule-change");
        errors.bind("startsAt", startsAt).bind("clinician", clinician).bind("mode", mode);
        refusal.setId("reschedule-refusal");
        FormLayout form = new FormLayout(startsAt, clinician, mode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Now: " + current.describe(zone)), form, change, refusal);
        Runnable say = () -> change.setText("After: " + after(zone, current));
        startsAt.addValueChangeListener(e -> say.run());
        clinician.addValueChangeListener(e -> say.run());
        mode.addValueChangeListener(e -> say.run());
        say.run();

        Button save = new Button("Reschedule", e -> {
            errors.clear();
            refusal.clear();
            try {
                Appointment saved = appointments.reschedule(key, new AppointmentChange(startsAt.getValue(),
                        clinician.getValue() == null ? null : clinician.getValue().username(),
                        mode.getValue(), current.version()));
                Notifications.success("The appointment of " + key + " is now " + saved.describe(zone) + ".");
                close();
                onRescheduled.accept(saved);
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("The appointment was not changed.", rest));
            } catch (ConflictException | NotFoundException ex) {
                refusal.show(ex.getMessage());
            }
        });
        save.setId("reschedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** The appointment as it would be after saving, in the words of the lead page. */
    private String after(ZoneId zone, Appointment current) {
        String when = startsAt.getValue() == null ? "(no time)"
                : Appointment.when(startsAt.getValue().atZone(zone).toInstant(), zone);
        String who = clinician.getValue() == null ? "(no clinician)"
                : clinician.getValue().displayName() == null ? clinician.getValue().username()
                : clinician.getValue().displayName();
        String how = mode.getValue() == null ? "(no mode)" : mode.getValue();
        return when + " · " + who + " · " + how;
    }
}
