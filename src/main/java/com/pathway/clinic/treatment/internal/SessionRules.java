package com.pathway.clinic.treatment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionForm.DoseStep;
import com.pathway.clinic.treatment.SessionForm.SideEffect;
import com.pathway.clinic.treatment.SessionForm.Vitals;
import com.pathway.clinic.treatment.VitalSign;
import com.pathway.shared.Validation;

/**
 * The checks of a session record, plain Java: times in order and within the session, units among the
 * accepted ones, vitals within what a living person can show, side effects from the clinic's list. These
 * catch typing errors; they never judge a dose or a reading (that is the clinic's, not Pathway's). Field
 * names follow the form: {@code doseSteps[0].amount}, {@code vitals[1].systolic}, ...
 */
public final class SessionRules {

    /** Units a dose may be recorded in. */
    public static final List<String> UNITS = List.of("mg", "mg/kg", "mcg", "mL");
    /** The longest a session may last, to catch a mistyped date. */
    public static final Duration LONGEST = Duration.ofHours(12);
    /** How far ahead of the server's clock a time may be (a clock a little fast on the ward). */
    static final Duration SKEW = Duration.ofMinutes(5);
    static final int MAX_ROWS = 60;
    static final int MAX_OBSERVATION = 4000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000");

    private SessionRules() {
    }

    /** The longest from a session's start to the patient's discharge, to catch a mistyped date. */
    public static final Duration LONGEST_STAY = Duration.ofHours(24);

    /** Every problem of the form as a draft, or none, for a clinic without a list of routes. */
    public static Validation check(SessionForm form, Set<String> sideEffects, Instant now) {
        return check(form, sideEffects, Set.of(), now);
    }

    /** Every problem of the form as a draft, or none; a dose step's route, when given, is from {@code routes}. */
    public static Validation check(SessionForm form, Set<String> sideEffects, Set<String> routes, Instant now) {
        Validation errors = new Validation();
        Instant start = form.startedAt();
        Instant end = form.endedAt();
        Instant latest = now.plus(SKEW);
        errors.check(start != null, "startedAt", "Enter when the session started.");
        errors.check(start == null || !start.isAfter(latest), "startedAt", "The start is in the future; record a session once it has begun.");
        if (end != null && start != null) {
            errors.check(end.isAfter(start), "endedAt", "The end must come after the start.");
            errors.check(!end.isAfter(start.plus(LONGEST)), "endedAt", "A session lasts at most 12 hours; check the end's date.");
        }
        errors.check(end == null || !end.isAfter(latest), "endedAt", "The end is in the future.");
        errors.check(form.doseSteps().size() <= MAX_ROWS && form.vitals().size() <= MAX_ROWS
                && form.sideEffects().size() <= MAX_ROWS, "session", "A session holds at most " + MAX_ROWS + " rows of each kind.");
        errors.check(form.observation() == null || form.observation().strip().length() <= MAX_OBSERVATION, "observation",
                "An observation holds at most " + MAX_OBSERVATION + " characters.");
        checkDoseSteps(form.doseSteps(), routes, start, end, latest, errors);
        checkDischarge(form, latest, errors);
        checkVitals(form.vitals(), start, end, latest, errors);
        checkSideEffects(form.sideEffects(), sideEffects, start, end, latest, errors);
        return errors;
    }

    /** What signing needs beyond a valid draft: an end time and at least one dose step. */
    public static Validation checkSignable(SessionForm form) {
        Validation errors = new Validation();
        errors.check(form.endedAt() != null, "endedAt", "Enter when the session ended before signing it.");
        errors.check(!form.doseSteps().isEmpty(), "doseSteps", "Record at least one dose step before signing.");
        return errors;
    }

    /** Recovery after the start (and the end), discharge after the end and the recovery, by someone named. */
    private static void checkDischarge(SessionForm form, Instant latest, Validation errors) {
        Instant start = form.startedAt();
        Instant end = form.endedAt();
        Instant recovered = form.recoveredAt();
        Instant discharged = form.dischargedAt();
        if (recovered != null) {
            errors.check(start == null || !recovered.isBefore(start), "recoveredAt", "Recovery is before the session started.");
            errors.check(end == null || !recovered.isBefore(end), "recoveredAt", "Recovery is before the infusion ended.");
            errors.check(!recovered.isAfter(latest), "recoveredAt", "Recovery is in the future.");
        }
        boolean named = form.dischargedBy() != null && !form.dischargedBy().isBlank();
        if (discharged == null) {
            errors.check(!named, "dischargedAt", "Enter when the patient was discharged, or leave who discharged empty.");
            return;
        }
        errors.check(end != null, "dischargedAt", "Enter when the session ended before the discharge.");
        errors.check(end == null || discharged.isAfter(end), "dischargedAt", "The discharge must come after the session's end.");
        errors.check(recovered == null || !discharged.isBefore(recovered), "dischargedAt",
                "The discharge must not come before the recovery.");
        errors.check(start == null || !discharged.isAfter(start.plus(LONGEST_STAY)), "dischargedAt",
                "The discharge is more than 24 hours after the start; check its date.");
        errors.check(!discharged.isAfter(latest), "dischargedAt", "The discharge is in the future.");
        errors.check(named, "dischargedBy", "Name the clinician who discharged the patient.");
    }

    private static void checkDoseSteps(List<DoseStep> steps, Set<String> routes, Instant start, Instant end,
            Instant latest, Validation errors) {
        Instant previous = null;
        for (int i = 0; i < steps.size(); i++) {
            DoseStep step = steps.get(i);
            String at = "doseSteps[" + i + "].";
            int n = i + 1;
            if (step == null) {
                errors.reject(at + "givenAt", "Dose step " + n + " is empty.");
                continue;
            }
            previous = checkTime(step.givenAt(), at + "givenAt", "Dose step " + n, start, end, latest, previous, errors);
            BigDecimal amount = step.amount();
            errors.check(amount != null, at + "amount", "Enter the amount of dose step " + n + ".");
            if (amount != null) {
                errors.check(amount.signum() > 0 && amount.compareTo(MAX_AMOUNT) <= 0, at + "amount",
                        "The amount of dose step " + n + " must be more than 0 and at most 10,000.");
                errors.check(amount.stripTrailingZeros().scale() <= 3, at + "amount",
                        "The amount of dose step " + n + " has more than 3 decimals.");
            }
            errors.check(step.unit() != null && UNITS.contains(step.unit().strip()), at + "unit",
                    "The unit of dose step " + n + " must be one of " + String.join(", ", UNITS) + ".");
            errors.check(step.route() == null || step.route().isBlank() || routes.contains(step.route().strip()),
                    at + "route", "The route of dose step " + n + " must be one of the clinic's routes"
                            + (routes.isEmpty() ? "." : ": " + String.join(", ", routes) + "."));
        }
    }

    private static void checkVitals(List<Vitals> rows, Instant start, Instant end, Instant latest, Validation errors) {
        Instant previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Vitals v = rows.get(i);
            String at = "vitals[" + i + "].";
            String name = "Vitals " + (i + 1);
            if (v == null) {
                errors.reject(at + "takenAt", name + " are empty.");
                continue;
            }
            previous = checkTime(v.takenAt(), at + "takenAt", name, start, end, latest, previous, errors);
            errors.check(v.systolic() != null || v.diastolic() != null || v.heartRate() != null || v.spo2() != null
                    || v.respiratoryRate() != null, at + "systolic", name + " hold no value; enter at least one.");
            errors.check((v.systolic() == null) == (v.diastolic() == null), v.systolic() == null ? at + "systolic" : at + "diastolic",
                    name + ": enter blood pressure as both systolic and diastolic.");
            range(v.systolic(), VitalSign.SYSTOLIC, at, name + ": systolic pressure", "mmHg", errors);
            range(v.diastolic(), VitalSign.DIASTOLIC, at, name + ": diastolic pressure", "mmHg", errors);
            if (v.systolic() != null && v.diastolic() != null) {
                errors.check(v.diastolic() < v.systolic(), at + "diastolic",
                        name + ": the diastolic pressure must be lower than the systolic.");
            }
            range(v.heartRate(), VitalSign.HEART_RATE, at, name + ": heart rate", "beats per minute", errors);
            range(v.spo2(), VitalSign.SPO2, at, name + ": oxygen saturation", "%", errors);
            range(v.respiratoryRate(), VitalSign.RESPIRATORY_RATE, at, name + ": respiratory rate", "breaths per minute",
                    errors);
        }
    }

    private static void checkSideEffects(List<SideEffect> rows, Set<String> known, Instant start, Instant end,
            Instant latest, Validation errors) {
        for (int i = 0; i < rows.size(); i++) {
            SideEffect e = rows.get(i);
            String at = "sideEffects[" + i + "].";
            String name = "Side effect " + (i + 1);
            if (e == null) {
                errors.reject(at + "effect", name + " is empty.");
                continue;
            }
            errors.check(e.effect() != null && known.contains(e.effect()), at + "effect",
                    name + ": choose one of the clinic's side effects.");
            errors.check(e.severity() != null, at + "severity", name + ": choose mild, moderate or severe.");
            checkTime(e.notedAt(), at + "notedAt", name, start, end, latest, null, errors);
        }
    }

    /** A row's time: given, within the session, not before the row above; returns it for the next row. */
    private static Instant checkTime(Instant time, String field, String name, Instant start, Instant end,
            Instant latest, Instant previous, Validation errors) {
        if (time == null) {
            errors.reject(field, name + ": enter the time.");
            return previous;
        }
        errors.check(start == null || !time.isBefore(start), field, name + " is before the session started.");
        errors.check(end == null || !time.isAfter(end), field, name + " is after the session ended.");
        errors.check(!time.isAfter(latest), field, name + " is in the future.");
        errors.check(previous == null || !time.isBefore(previous), field, name + " is earlier than the row above; keep the rows in order.");
        return time;
    }

    /** A reading within what a living person can show ({@link VitalSign#min()}–{@link VitalSign#max()}). */
    private static void range(Integer value, VitalSign sign, String at, String name, String unit, Validation errors) {
        errors.check(value == null || (value >= sign.min() && value <= sign.max()), at + sign.field(),
                name + " must be between " + sign.min() + " and " + sign.max() + " " + unit + ".");
    }
}
