package com.pathway.clinic.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.pathway.clinic.Appointment;
import com.pathway.clinic.AppointmentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.security.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Under the lead page's heading: the lead's appointment ("Next: Tue Dec 9, 10:00 · Dr Ada Lovelace ·
 * Telehealth", or "Last appointment: …" once it has passed) and, for those who may, Reschedule.
 * Hidden while the lead has none.
 */
class AppointmentLine extends Div {

    private final Span text = new Span();
    private final Button reschedule = new Button("Reschedule", VaadinIcon.CALENDAR_CLOCK.create());
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
        add(VaadinIcon.CALENDAR.create(), text, reschedule);
    }

    void show(LeadDetails shown) {
        lead = shown;
        Appointment appointment = shown.appointment();
        setVisible(appointment != null);
        if (appointment != null) {
            text.setText(wording(appointment, zone, clock));
        }
    }

    /** "Next: Tue Dec 9, 10:00 · Dr Ada Lovelace · Telehealth", or "Last appointment: …" once it has begun. */
    static String wording(Appointment appointment, ZoneId zone, Clock clock) {
        boolean ahead = appointment.startsAt().isAfter(clock.instant());
        return (ahead ? "Next: " : "Last appointment: ") + appointment.describe(zone);
    }
}
