package com.pathway.clinic.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.pathway.clinic.Appointment;
import com.pathway.clinic.AppointmentBooked;
import com.pathway.clinic.AppointmentCancelled;
import com.pathway.security.Role;
import com.pathway.security.UserDirectory;
import com.pathway.security.UserOption;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.Validation;
import com.pathway.tasks.AppointmentCalls;
import com.pathway.workflow.ItemTransitioned;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.StatusCategory;

/**
 * The clinic's rule for a lead's appointment, in one place for the transition that books it and for
 * rescheduling: a time in the future (within a year), an active clinician, and one of the ways the
 * workflow's booking step offers (in person, telehealth).
 * Booking cancels the lead's appointment before; rescheduling changes it in place; closing the lead cancels
 * one still ahead. The calls confirming an appointment follow it (moved or cancelled with it).
 */
@Component
public class Appointments {

    /** The furthest ahead an appointment may be booked: a later date is almost always a typing slip. */
    static final Duration HORIZON = Duration.ofDays(366);

    private final LeadAppointmentRepository appointments;
    private final UserDirectory users;
    private final ClinicStatuses workflow;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final AppointmentCalls calls;

    public Appointments(LeadAppointmentRepository appointments, UserDirectory users, ClinicStatuses workflow,
            ClinicProperties clinic, ApplicationEventPublisher events, AppointmentCalls calls) {
        this.events = events;
        this.calls = calls;
        this.appointments = appointments;
        this.users = users;
        this.workflow = workflow;
        this.zone = clinic.timeZone();
    }

    /** The post-function that books an appointment; the transition that runs it is the booking step. */
    public static final String BOOK = "clinic-book-appointment";

    /**
     * How an appointment may take place: the options of the {@code appointmentMode} field on the screen
     * of the published workflow's booking step (the transition running {@value #BOOK}), as spelled there.
     */
    public List<String> modes() {
        return workflow.definition().transitions().stream()
                .filter(t -> t.postFunctions().stream().anyMatch(p -> BOOK.equals(p.id())))
                .flatMap(t -> t.screen().stream()).filter(f -> LeadFields.APPOINTMENT_MODE.equals(f.name()))
                .findFirst().map(ScreenField::options).orElse(List.of());
    }

    /** What an appointment is made of, once checked. */
    public record Booking(Instant startsAt, String clinician, String mode) {
    }

    /**
     * Checks an appointment's values, reporting each problem on its field; {@code startsAt} is null when
     * it was missing or could not be read (a screen reports the latter itself, {@code unreadable} says so).
     */
    public Optional<Booking> check(Instant startsAt, boolean unreadable, String clinician, String mode, Instant now,
            FieldNames names, Validation errors) {
        if (startsAt == null) {
            errors.check(unreadable, names.startsAt(), "Enter the appointment's date and time.");
        } else if (!startsAt.isAfter(now)) {
            errors.reject(names.startsAt(), "The appointment's time has passed (" + Appointment.when(startsAt, zone)
                    + "): choose a time in the future.");
        } else {
            errors.check(startsAt.isBefore(now.plus(HORIZON)), names.startsAt(),
                    "Choose a time within a year from now.");
        }
        Optional<UserOption> picked = Validation.isBlank(clinician) ? Optional.empty()
                : users.activeWithRole(clinician, Set.of(Role.CLINICIAN));
        if (Validation.isBlank(clinician)) {
            errors.reject(names.clinician(), "Choose the clinician who sees the person.");
        } else {
            errors.check(picked.isPresent(), names.clinician(), "There is no active clinician with the user name "
                    + clinician.strip() + "; choose one from the list.");
        }
        List<String> modes = modes();
        Optional<String> how = Validation.isBlank(mode) ? Optional.empty()
                : modes.stream().filter(m -> m.equalsIgnoreCase(mode.strip())).findFirst();
        errors.check(how.isPresent(), names.mode(), modes.isEmpty() ? "The workflow offers no ways to hold an appointment."
                : "Choose " + String.join(" or ", modes) + ".");
        if (startsAt == null || picked.isEmpty() || how.isEmpty() || !startsAt.isAfter(now)
                || !startsAt.isBefore(now.plus(HORIZON))) {
            return Optional.empty();
        }
        return Optional.of(new Booking(startsAt, picked.get().username(), how.get()));
    }

    /** Books an appointment, cancelling the lead's one before, and announces {@link AppointmentBooked}. */
    public LeadAppointment book(long leadId, String key, Booking booking, String actor, Instant now) {
        appointments.findByLeadIdAndCancelledFalseOrderByIdDesc(leadId).forEach(a -> cancel(a, key, actor, now));
        LeadAppointment saved = appointments.save(new LeadAppointment(leadId, booking.startsAt(), booking.clinician(),
                booking.mode(), actor, now));
        events.publishEvent(new AppointmentBooked(leadId, key, booking.startsAt(), booking.mode(), false));
        return saved;
    }

    /** Moves an appointment, written at once so that its new version is known (and a concurrent change fails here). */
    public LeadAppointment reschedule(LeadAppointment appointment, String key, Booking booking, String actor,
            Instant now) {
        appointment.reschedule(booking.startsAt(), booking.clinician(), booking.mode(), actor, now);
        try {
            LeadAppointment saved = appointments.saveAndFlush(appointment);
            events.publishEvent(new AppointmentBooked(saved.getLeadId(), key, booking.startsAt(), booking.mode(), true));
            calls.moved(key, booking.startsAt(), actor);
            return saved;
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new com.pathway.shared.ConflictException("The appointment was changed by someone else meanwhile;"
                    + " reload the lead and try again.");
        }
    }

    /**
     * Cancels the appointment: the calls confirming it are cancelled with it, and {@link AppointmentCancelled}
     * tells the rest (its reminder is withdrawn).
     */
    public void cancel(LeadAppointment appointment, String key, String actor, Instant now) {
        appointment.cancel(actor, now);
        try {
            appointments.saveAndFlush(appointment);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new com.pathway.shared.ConflictException("The appointment was changed by someone else meanwhile;"
                    + " reload the lead and try again.");
        }
        calls.withdrawn(key, actor);
        events.publishEvent(new AppointmentCancelled(appointment.getLeadId(), key, appointment.getStartsAt(), actor,
                now));
    }

    /** A lead that is closed keeps no appointment ahead: it is cancelled, with its calls and reminder. */
    @EventListener
    void on(ItemTransitioned moved) {
        if (!ClinicWorkflowPlugin.LEAD.equals(moved.type()) || moved.toCategory() != StatusCategory.DONE) {
            return;
        }
        current(moved.itemId()).filter(a -> a.getStartsAt().isAfter(moved.occurredAt()))
                .ifPresent(a -> cancel(a, moved.key(), moved.actor(), moved.occurredAt()));
    }

    /** The lead's appointment that is not cancelled, if any. */
    public Optional<LeadAppointment> current(long leadId) {
        return appointments.findByLeadIdAndCancelledFalseOrderByIdDesc(leadId).stream().findFirst();
    }

    /** The lead's current appointment as callers see it. */
    public Optional<Appointment> shown(long leadId) {
        return current(leadId).map(this::shown);
    }

    public Appointment shown(LeadAppointment a) {
        return new Appointment(a.getStartsAt(), a.getClinician(), clinicianName(a.getClinician()), a.getMode(),
                a.getUpdatedBy(), a.getUpdatedAt(), a.getVersion());
    }

    /** The clinician's display name, or the user name when they are no longer an active clinician. */
    public String clinicianName(String username) {
        return users.activeWithRole(username, Set.of(Role.CLINICIAN)).map(UserOption::displayName)
                .filter(n -> !n.isBlank()).orElse(username);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A UTC instant as the engine hands over a DATE_TIME value, or null. */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(Map<String, Object> values, String field) {
        Object value = values.get(field);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    /** The fields an appointment's problems are reported on. */
    public record FieldNames(String startsAt, String clinician, String mode) {
    }
}
