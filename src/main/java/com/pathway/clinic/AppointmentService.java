package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.Appointments;
import com.pathway.clinic.internal.LeadAppointment;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.Validation;
import com.pathway.workflow.FieldEdit;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Rescheduling a lead's appointment (booking it is a step of the workflow). The lead is read through
 * the engine, so its read rule applies (a lead the user may not read is "not found"); the change is
 * written to the lead's changelog, and so its timeline, and to the audit trail.
 */
@Service
@Transactional
public class AppointmentService {

    /** The changelog field of appointment changes. */
    public static final String FIELD = "appointment";

    private static final Appointments.FieldNames FIELDS = new Appointments.FieldNames("startsAt", "clinician", "mode");

    private final WorkflowService workflow;
    private final Appointments appointments;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AppointmentService(WorkflowService workflow, Appointments appointments, AuditService audit,
            CurrentUser currentUser, Clock clock) {
        this.workflow = workflow;
        this.appointments = appointments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How an appointment may take place, as the workflow's booking step offers it (in person, telehealth). */
    @PreAuthorize(LeadPermissions.RESCHEDULE)
    @Transactional(readOnly = true)
    public List<String> modes() {
        return appointments.modes();
    }

    /**
     * Moves the lead's current appointment to a new time, clinician or mode, checked as when it was
     * booked (every problem together, on {@code startsAt}, {@code clinician}, {@code mode}). Refused
     * when the lead has no appointment, or ({@link ConflictException}) when it changed since
     * {@code expectedVersion}.
     */
    @PreAuthorize(LeadPermissions.RESCHEDULE)
    public Appointment reschedule(String key, AppointmentChange change) {
        WorkItemView item = workflow.getForChange(key);
        LeadAppointment current = appointments.current(item.id()).orElseThrow(() -> InvalidInputException.of(
                "startsAt", item.key() + " has no appointment to reschedule; book one with its"
                        + " consultation step."));
        if (change.expectedVersion() != null && change.expectedVersion() != current.getVersion()) {
            throw new ConflictException("The appointment of " + item.key() + " was changed by someone else meanwhile;"
                    + " reload it and try again.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant startsAt = change.startsAt() == null ? null
                : change.startsAt().atZone(appointments.zone()).toInstant();
        Validation errors = new Validation();
        Appointments.Booking booking = appointments.check(startsAt, false, change.clinician(), change.mode(), now,
                FIELDS, errors).orElse(null);
        errors.throwIfInvalid();
        String before = appointments.shown(current).describe(appointments.zone());
        String actor = currentUser.usernameOrSystem();
        Appointment after = appointments.shown(appointments.reschedule(current, item.key(), booking, actor, now));
        workflow.recordFieldChanges(item.key(), List.of(new FieldEdit(FIELD, before,
                after.describe(appointments.zone()))));
        audit.record(new AuditRecord("LEAD_APPOINTMENT_RESCHEDULED", actor, "LEAD", item.key(), AuditOutcome.SUCCESS,
                null, Map.of("startsAt", booking.startsAt().toString(), "clinician", booking.clinician(),
                        "mode", booking.mode())));
        return after;
    }
    /**
     * Cancels the lead's current appointment: the calls confirming it are cancelled and its reminder is
     * withdrawn; the change is in the lead's changelog and the audit trail. Refused when the lead has no
     * appointment, or ({@link ConflictException}) when it changed since {@code expectedVersion}.
     */
    @PreAuthorize(LeadPermissions.RESCHEDULE)
    public void cancel(String key, Long expectedVersion) {
        WorkItemView item = workflow.getForChange(key);
        LeadAppointment current = appointments.current(item.id()).orElseThrow(() -> InvalidInputException.of(
                "startsAt", item.key() + " has no appointment to cancel."));
        if (expectedVersion != null && expectedVersion != current.getVersion()) {
            throw new ConflictException("The appointment of " + item.key() + " was changed by someone else meanwhile;"
                    + " reload it and try again.");
        }
        String before = appointments.shown(current).describe(appointments.zone());
        String actor = currentUser.usernameOrSystem();
        appointments.cancel(current, item.key(), actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
        workflow.recordFieldChanges(item.key(), List.of(new FieldEdit(FIELD, before, "cancelled")));
        audit.record(new AuditRecord("LEAD_APPOINTMENT_CANCELLED", actor, "LEAD", item.key(), AuditOutcome.SUCCESS,
                null, Map.of()));
    }
}
