package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.WorkflowService;

/**
 * The lead's status changes in its timeline: creation and every transition, with what the step
 * recorded (a call's outcome, the appointment booked) and its comment. Other screen values are left
 * out: a screen may ask for clinical content, which the timeline does not show to everyone.
 */
@Component
@Order(1)
class TransitionTimeline implements TimelineSource {

    private final WorkflowService workflow;
    private final Appointments appointments;

    TransitionTimeline(WorkflowService workflow, Appointments appointments) {
        this.workflow = workflow;
        this.appointments = appointments;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        return workflow.historyNewestFirst(key, PageRequest.of(0, limit)).stream().map(this::entry)
                .toList();
    }

    private TimelineEntry entry(HistoryEntry h) {
        if (h.transition() == null) {
            return new TimelineEntry(h.occurredAt(), "transition", "Created in " + h.toStatus(), List.of(), h.actor());
        }
        List<String> details = new ArrayList<>();
        details.add(h.fromStatus() + " → " + h.toStatus());
        if (h.resolution() != null) {
            details.add("Resolution: " + h.resolution());
        }
        Object outcome = h.fields().get(LeadFields.CONTACT_OUTCOME);
        if (outcome != null) {
            details.add("Outcome: " + outcome);
        }
        appointment(h).ifPresent(details::add);
        if (h.comment() != null) {
            details.add("“" + h.comment() + "”");
        }
        return new TimelineEntry(h.occurredAt(), "transition", h.transition(), details, h.actor());
    }

    private java.util.Optional<String> appointment(HistoryEntry h) {
        java.time.Instant at = Appointments.instant(h.fields().get(LeadFields.APPOINTMENT_AT));
        Object clinician = h.fields().get(LeadFields.APPOINTMENT_CLINICIAN);
        Object mode = h.fields().get(LeadFields.APPOINTMENT_MODE);
        if (at == null || clinician == null || mode == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Appointment: " + com.pathway.clinic.Appointment.when(at, appointments.zone())
                + " · " + appointments.clinicianName(String.valueOf(clinician)) + " · " + mode);
    }
}
