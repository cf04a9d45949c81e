package com.pathway.clinic.treatment.ui;

import java.util.List;

import com.pathway.clinic.treatment.ScheduledSessionView;
import com.pathway.clinic.treatment.SessionScheduleService;
import com.pathway.clinic.treatment.SessionState;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * The booked sessions of a course with their attendance, for coordinators and clinicians: a date and a
 * state per row, and Done / Missed / Cancel on the ones still scheduled. A refusal shows under the list.
 */
final class ScheduleList extends Div {

    ScheduleList(SessionScheduleService schedule, ClinicTime time, String key, Runnable changed) {
        setId("booked-sessions");
        addClassName("booked-sessions");
        List<ScheduledSessionView> booked = schedule.schedule(key);
        if (booked.isEmpty()) {
            setVisible(false);
            return;
        }
        InlineAlert refusal = new InlineAlert();
        refusal.setId("booked-refusal");
        add(new H4("Booked sessions"));
        for (ScheduledSessionView s : booked) {
            Div row = new Div();
            row.addClassName("booked-item");
            row.setId("booked-" + s.number());
            Span text = new Span("Session " + s.number() + " · " + time.format(s.scheduledAt()));
            Span state = new Span(s.state().label() + (s.changedBy() == null ? ""
                    : " · " + s.changedBy() + ", " + time.format(s.changedAt())));
            state.getElement().getThemeList().add(switch (s.state()) {
                case DONE -> "badge success small";
                case MISSED -> "badge error small";
                case CANCELLED -> "badge contrast small";
                case SCHEDULED -> "badge small";
            });
            row.add(text, state);
            if (s.state() == SessionState.SCHEDULED) {
                for (SessionState to : List.of(SessionState.DONE, SessionState.MISSED, SessionState.CANCELLED)) {
                    String label = to == SessionState.CANCELLED ? "Cancel" : to.label();
                    Button mark = new Button(label, e -> {
                        refusal.clear();
                        try {
                            schedule.mark(key, s.id(), to, s.version());
                            Notifications.success("Session " + s.number() + " is marked " + to.label().toLowerCase()
                                    + (to == SessionState.MISSED ? "; the coordinator has a call to rebook it." : "."));
                            changed.run();
                        } catch (InvalidInputException ex) {
                            refusal.show(String.join(" ", ex.fieldErrors().values()));
                        } catch (ConflictException | NotFoundException ex) {
                            refusal.show(ex.getMessage());
                        }
                    });
                    mark.setId("booked-" + s.number() + "-" + to.name().toLowerCase());
                    mark.setAriaLabel(label + " session " + s.number());
                    mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    row.add(mark);
                }
            }
            add(row);
        }
        add(refusal);
    }
}
