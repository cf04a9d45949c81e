package com.pathway.clinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An infusion session as staff record it: when it started and ended, who gave it (user name of a
 * clinician; empty for the signed-in one), the dose as given in steps, vitals over time, side effects from
 * the clinic's list, and a free-text observation. Pathway checks order, units and plausible ranges, never
 * the clinical sense of a value.
 */
public record SessionForm(Instant startedAt, Instant endedAt, String staff, List<DoseStep> doseSteps,
        List<Vitals> vitals, List<SideEffect> sideEffects, String observation) {

    public SessionForm {
        doseSteps = doseSteps == null ? List.of() : List.copyOf(doseSteps);
        vitals = vitals == null ? List.of() : List.copyOf(vitals);
        sideEffects = sideEffects == null ? List.of() : List.copyOf(sideEffects);
    }

    /** One step of the dose: when it was given and how much, in which unit. */
    public record DoseStep(Instant givenAt, BigDecimal amount, String unit) {
    }

    /** Vital signs taken at one time; any value may be missing, but not all. */
    public record Vitals(Instant takenAt, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
            Integer respiratoryRate) {
    }

    /** A side effect from the clinic's list, its severity and when it was noted. */
    public record SideEffect(String effect, Severity severity, Instant notedAt) {
    }
}
