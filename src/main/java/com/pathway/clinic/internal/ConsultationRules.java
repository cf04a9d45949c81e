package com.pathway.clinic.internal;

import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.pathway.shared.Validation;
import com.pathway.workflow.ItemEditor;
import com.pathway.workflow.PostFunction;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionValidator;

/**
 * The rules of a transition that books an appointment (in the shipped workflow, "Schedule
 * consultation"): its screen asks for {@code appointmentAt}, {@code appointmentClinician} and
 * {@code appointmentMode}; these are optional as a whole (the clinic may book elsewhere), but once one
 * is given all are needed and {@link Appointments} checks them; the post-function books it.
 */
final class ConsultationRules {

    private static final Appointments.FieldNames FIELDS = new Appointments.FieldNames(LeadFields.APPOINTMENT_AT,
            LeadFields.APPOINTMENT_CLINICIAN, LeadFields.APPOINTMENT_MODE);

    private ConsultationRules() {
    }

    private static boolean anyGiven(TransitionContext context) {
        return Stream.of(FIELDS.startsAt(), FIELDS.clinician(), FIELDS.mode())
                .anyMatch(f -> Appointments.text(context.input(), f) != null);
    }

    /** {@code clinic-appointment}: an appointment entered on the screen is complete and bookable. */
    @Component
    static class AppointmentValid implements TransitionValidator {

        private final Appointments appointments;

        AppointmentValid(Appointments appointments) {
            this.appointments = appointments;
        }

        @Override
        public String id() {
            return "clinic-appointment";
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            if (!anyGiven(context)) {
                return;
            }
            String at = Appointments.text(context.input(), FIELDS.startsAt());
            appointments.check(Appointments.instant(at), at != null, Appointments.text(context.input(), FIELDS.clinician()),
                    Appointments.text(context.input(), FIELDS.mode()), context.now(), FIELDS, errors);
        }
    }

    /** {@code clinic-book-appointment}: books the appointment entered on the screen, if one was. */
    @Component
    static class BookAppointment implements PostFunction {

        private final Appointments appointments;

        BookAppointment(Appointments appointments) {
            this.appointments = appointments;
        }

        @Override
        public String id() {
            return Appointments.BOOK;
        }

        @Override
        public void apply(TransitionContext context, RuleRef rule, ItemEditor item) {
            if (!anyGiven(context)) {
                return;
            }
            Validation errors = new Validation();
            Appointments.Booking booking = appointments.check(
                    Appointments.instant(context.input().get(FIELDS.startsAt())), false,
                    Appointments.text(context.input(), FIELDS.clinician()),
                    Appointments.text(context.input(), FIELDS.mode()), context.now(), FIELDS, errors)
                    .orElseThrow(() -> {
                        // Without the validator in front (a definition that lists only this), say what is wrong.
                        errors.throwIfInvalid();
                        return new IllegalStateException("An appointment that passed its checks could not be booked");
                    });
            appointments.book(context.item().id(), context.item().key(), booking, context.actor(), context.now());
        }
    }
}
