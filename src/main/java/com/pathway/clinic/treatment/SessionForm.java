package com.pathway.clinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An infusion session as staff record it: when it started and ended, who gave it (user name of a
 * clinician; empty for the signed-in one), the dose as given in steps, vitals over time, side effects from
 * the clinic's list, a free-text observation, and when the patient recovered and was discharged (and by
 * which clinician, empty for none yet). Pathway checks order, units and plausible ranges, never
 * the clinical sense of a value.
 */
public record SessionForm(Instant startedAt, Instant endedAt, String staff, List<DoseStep> doseSteps,
        List<Vitals> vitals, List<SideEffect> sideEffects, String observation, Instant recoveredAt,
        Instant dischargedAt, String dischargedBy) {

    /** A record without recovery and discharge (yet). */
    public SessionForm(Instant startedAt, Instant endedAt, String staff, List<DoseStep> doseSteps, List<Vitals> vitals,
            List<SideEffect> sideEffects, String observation) {
        this(startedAt, endedAt, staff, doseSteps, vitals, sideEffects, observation, null, null, null);
    }

    public SessionForm {
        doseSteps = doseSteps == null ? List.of() : List.copyOf(doseSteps);
        vitals = vitals == null ? List.of() : List.copyOf(vitals);
        sideEffects = sideEffects == null ? List.of() : List.copyOf(sideEffects);
    }

    /** One step of the dose: when it was given and how much, in which unit, by which route (the clinic's list). */
    public record DoseStep(Instant givenAt, BigDecimal amount, String unit, String route) {

        /** A step without a route. */
        public DoseStep(Instant givenAt, BigDecimal amount, String unit) {
            this(givenAt, amount, unit, null);
        }
    }

    /** Vital signs taken at one time; any value may be missing, but not all. */
    public record Vitals(Instant takenAt, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
            Integer respiratoryRate) {
    }

    /** A side effect from the clinic's list, its severity and when it was noted. */
    public record SideEffect(String effect, Severity severity, Instant notedAt) {
    }
}
