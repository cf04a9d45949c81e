package com.pathway.clinic.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.pathway.clinic.Appointment;
import com.pathway.clinic.AppointmentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.security.UserDirectory;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Under the lead page's heading: the lead's appointment ("Next: Tue Dec 9, 10:00 · Dr Ada Lovelace ·
 * Telehealth", or "Last appointment: …" once it has passed) and, for those who may, Reschedule and Cancel
 * (asked to confirm; an appointment that has begun is not cancelled here).
 * Hidden while the lead has none.
 */
class AppointmentLine extends Div {

    private final Span text = new Span();
    private final Button reschedule = new Button("Reschedule", VaadinIcon.CALENDAR_CLOCK.create());
    private final Button cancel = new Button("Cancel appointment");
    private final ZoneId zone;
    private final Clock clock;
    private LeadDetails lead;

    AppointmentLine(AppointmentService appointments, UserDirectory users, boolean mayReschedule, ZoneId zone,
            Clock clock, Consumer<Appointment> onRescheduled) {
        this.zone = zone;
        this.clock = clock;
        setId("lead-appointment");
        addClassName("lead-appointment");
        text.setId("lead-appointment-text");
        reschedule.setId("reschedule-appointment");
        reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reschedule.setVisible(mayReschedule);
        reschedule.addClickListener(e -> new RescheduleDialog(appointments, users, zone, lead.key(),
                lead.appointment(), onRescheduled).open());
        cancel.setId("cancel-appointment");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.setVisible(mayReschedule);
        cancel.addClickListener(e -> confirmCancel(appointments, onRescheduled));
        add(VaadinIcon.CALENDAR.create(), text, reschedule, cancel);
    }

    private void confirmCancel(AppointmentService appointments, Consumer<Appointment> onChanged) {
        String key = lead.key();
        Appointment shown = lead.appointment();
        ConfirmDialog dialog = new ConfirmDialog("Cancel the appointment?", "The appointment of " + key + " ("
                + shown.describe(zone) + ") is cancelled; its confirmation call and reminder are withdrawn.",
                "Cancel appointment", e -> {
                    try {
                        appointments.cancel(key, shown.version());
                        Notifications.success("The appointment of " + key + " is cancelled.");
                    } catch (InvalidInputException | ConflictException | NotFoundException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    onChanged.accept(null);
                });
        dialog.setId("cancel-appointment-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void show(LeadDetails shown) {
        lead = shown;
        Appointment appointment = shown.appointment();
        setVisible(appointment != null);
        if (appointment != null) {
            text.setText(wording(appointment, zone, clock));
            cancel.setEnabled(appointment.startsAt().isAfter(clock.instant()));
        }
    }

    /** "Next: Tue Dec 9, 10:00 · Dr Ada Lovelace · Telehealth", or "Last appointment: …" once it has begun. */
    static String wording(Appointment appointment, ZoneId zone, Clock clock) {
        boolean ahead = appointment.startsAt().isAfter(clock.instant());
        return (ahead ? "Next: " : "Last appointment: ") + appointment.describe(zone);
    }
}
