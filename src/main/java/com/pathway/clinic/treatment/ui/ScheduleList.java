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
 * The booked sessions of a course with their attendance, for coordinators and clinicians: a date, the template
 * phase and a state per row (and who moved it, from when), Done / Missed / Cancel and Reschedule… on the ones
 * still scheduled, and Book session… under the list while the course is open. A refusal shows under the list.
 */
final class ScheduleList extends Div {

    ScheduleList(SessionScheduleService schedule, ClinicTime time, String key, boolean open, Runnable changed) {
        setId("booked-sessions");
        addClassName("booked-sessions");
        List<ScheduledSessionView> booked = schedule.schedule(key);
        if (booked.isEmpty() && !open) {
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
            Span text = new Span("Session " + s.number() + " · " + time.format(s.scheduledAt())
                    + (s.phase() == null ? "" : " · " + s.phase()));
            Span state = new Span(s.state().label() + (s.changedBy() == null ? ""
                    : " · " + s.changedBy() + ", " + time.format(s.changedAt())));
            state.getElement().getThemeList().add(switch (s.state()) {
                case DONE -> "badge success small";
                case MISSED -> "badge error small";
                case CANCELLED -> "badge contrast small";
                case SCHEDULED -> "badge small";
            });
            row.add(text, state);
            if (s.movedAt() != null) {
                Span moved = new Span("moved from " + time.format(s.movedFrom()) + " by " + s.movedBy());
                moved.addClassName("booked-moved");
                row.add(moved);
            }
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
                if (open) {
                    Button move = new Button("Reschedule…", e -> {
                        refusal.clear();
                        BookingDialogs.reschedule(schedule, time, key, s, changed).open();
                    });
                    move.setId("booked-" + s.number() + "-reschedule");
                    move.setAriaLabel("Reschedule session " + s.number());
                    move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    row.add(move);
                }
            }
            add(row);
        }
        if (booked.isEmpty()) {
            add(new Span("No session is booked yet."));
        }
        if (open) {
            Button book = new Button("Book session…", e -> {
                refusal.clear();
                BookingDialogs.add(schedule, time, key, changed).open();
            });
            book.setId("booked-add");
            book.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(book);
        }
        add(refusal);
    }
}
