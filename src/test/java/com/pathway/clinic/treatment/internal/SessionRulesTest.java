package com.pathway.clinic.treatment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionForm.DoseStep;
import com.pathway.clinic.treatment.SessionForm.SideEffect;
import com.pathway.clinic.treatment.SessionForm.Vitals;
import com.pathway.clinic.treatment.Severity;

class SessionRulesTest {

    static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z");
    static final Instant START = Instant.parse("2026-12-04T15:00:00Z");
    static final Instant END = Instant.parse("2026-12-04T15:40:00Z");
    static final Set<String> EFFECTS = Set.of("Nausea", "Blurred vision");

    static DoseStep step(int minute, String amount) {
        return new DoseStep(START.plusSeconds(60L * minute), new BigDecimal(amount), "mg");
    }

    static SessionForm form(List<DoseStep> steps, List<Vitals> vitals, List<SideEffect> effects) {
        return new SessionForm(START, END, null, steps, vitals, effects, "Calm throughout.");
    }

    @Test
    void acceptsASessionGivenInStepsWithVitalsAndASideEffect() {
        SessionForm form = form(List.of(step(0, "10"), step(5, "10"), step(10, "7.5")),
                List.of(new Vitals(START, 128, 82, 74, 98, 14), new Vitals(START.plusSeconds(900), null, null, 80, 97, null)),
                List.of(new SideEffect("Nausea", Severity.MODERATE, START.plusSeconds(1200))));

        assertThat(SessionRules.check(form, EFFECTS, NOW).errors()).isEmpty();
        assertThat(SessionRules.checkSignable(form).errors()).isEmpty();
    }

    @Test
    void refusesDoseStepsOutOfOrderBeforeTheStartOrWithoutAUnitNamingEachField() {
        SessionForm form = form(List.of(step(10, "10"), step(5, "10"),
                new DoseStep(START.minusSeconds(60), new BigDecimal("5"), "mg"),
                new DoseStep(START.plusSeconds(1500), new BigDecimal("0"), "drops"),
                new DoseStep(START.plusSeconds(1600), new BigDecimal("1.2345"), "mg")), List.of(), List.of());

        var errors = SessionRules.check(form, EFFECTS, NOW).errors();

        assertThat(errors).containsEntry("doseSteps[1].givenAt",
                "Dose step 2 is earlier than the row above; keep the rows in order.");
        assertThat(errors).containsEntry("doseSteps[2].givenAt", "Dose step 3 is before the session started.");
        assertThat(errors).containsEntry("doseSteps[3].amount",
                "The amount of dose step 4 must be more than 0 and at most 10,000.");
        assertThat(errors).containsEntry("doseSteps[3].unit", "The unit of dose step 4 must be one of mg, mg/kg, mcg, mL.");
        assertThat(errors).containsEntry("doseSteps[4].amount", "The amount of dose step 5 has more than 3 decimals.");
    }

    @Test
    void refusesImpossibleVitalsAndHalfABloodPressure() {
        SessionForm form = form(List.of(step(0, "10")), List.of(new Vitals(START, 120, 130, 400, 104, 2),
                new Vitals(START.plusSeconds(60), 120, null, null, null, null),
                new Vitals(START.plusSeconds(120), null, null, null, null, null)), List.of());

        var errors = SessionRules.check(form, EFFECTS, NOW).errors();

        assertThat(errors).containsEntry("vitals[0].diastolic",
                "Vitals 1: the diastolic pressure must be lower than the systolic.");
        assertThat(errors).containsEntry("vitals[0].heartRate", "Vitals 1: heart rate must be between 20 and 250 beats per minute.");
        assertThat(errors).containsEntry("vitals[0].spo2", "Vitals 1: oxygen saturation must be between 50 and 100 %.");
        assertThat(errors).containsEntry("vitals[0].respiratoryRate",
                "Vitals 1: respiratory rate must be between 4 and 60 breaths per minute.");
        assertThat(errors).containsEntry("vitals[1].diastolic", "Vitals 2: enter blood pressure as both systolic and diastolic.");
        assertThat(errors).containsEntry("vitals[2].systolic", "Vitals 3 hold no value; enter at least one.");
    }

    @Test
    void refusesASideEffectNotOnTheClinicsListOrWithoutSeverityOrAfterTheEnd() {
        SessionForm form = form(List.of(step(0, "10")), List.of(), List.of(
                new SideEffect("Hiccups", Severity.MILD, START),
                new SideEffect("Nausea", null, END.plusSeconds(60))));

        var errors = SessionRules.check(form, EFFECTS, NOW).errors();

        assertThat(errors).containsEntry("sideEffects[0].effect", "Side effect 1: choose one of the clinic's side effects.");
        assertThat(errors).containsEntry("sideEffects[1].severity", "Side effect 2: choose mild, moderate or severe.");
        assertThat(errors).containsEntry("sideEffects[1].notedAt", "Side effect 2 is after the session ended.");
    }

    @Test
    void refusesAnEndBeforeTheStartAFutureStartAndSigningWithoutEndOrDose() {
        var reversed = new SessionForm(START, START.minusSeconds(60), null, List.of(), List.of(), List.of(), null);
        assertThat(SessionRules.check(reversed, EFFECTS, NOW).errors())
                .containsEntry("endedAt", "The end must come after the start.");
        var future = new SessionForm(NOW.plusSeconds(3600), null, null, List.of(), List.of(), List.of(), null);
        assertThat(SessionRules.check(future, EFFECTS, NOW).errors()).containsKey("startedAt");
        var draft = new SessionForm(START, null, null, List.of(), List.of(), List.of(), null);
        assertThat(SessionRules.check(draft, EFFECTS, NOW).errors()).isEmpty();
        assertThat(SessionRules.checkSignable(draft).errors()).containsOnlyKeys("endedAt", "doseSteps");
    }

    static final Set<String> ROUTES = Set.of("IV", "IM", "Intranasal");

    static SessionForm discharged(Instant recovered, Instant discharged, String by) {
        return new SessionForm(START, END, null, List.of(step(0, "10")), List.of(), List.of(), null, recovered,
                discharged, by);
    }

    @Test
    void aDoseStepsRouteIsOneOfTheClinicsRoutesWhenGiven() {
        SessionForm form = form(List.of(new DoseStep(START, new BigDecimal("10"), "mg", "IV"),
                new DoseStep(START.plusSeconds(60), new BigDecimal("5"), "mg", "Oral"),
                new DoseStep(START.plusSeconds(120), new BigDecimal("5"), "mg", null)), List.of(), List.of());

        assertThat(SessionRules.check(form, EFFECTS, ROUTES, NOW).errors()).containsOnlyKeys("doseSteps[1].route")
                .extractingByKey("doseSteps[1].route").asString().contains("the clinic's routes");
    }

    @Test
    void recoveryAndDischargeComeAfterTheEndAndTheDischargeNamesWhoDischarged() {
        assertThat(SessionRules.check(discharged(END.plusSeconds(600), END.plusSeconds(900), "dr-ames"), EFFECTS,
                ROUTES, NOW).errors()).isEmpty();
        assertThat(SessionRules.check(discharged(null, END.minusSeconds(60), "dr-ames"), EFFECTS, ROUTES, NOW)
                .errors()).containsOnlyKeys("dischargedAt").extractingByKey("dischargedAt").asString()
                .contains("after the session's end");
        assertThat(SessionRules.check(discharged(END.minusSeconds(600), END.plusSeconds(900), null), EFFECTS, ROUTES,
                NOW).errors()).containsOnlyKeys("recoveredAt", "dischargedBy");
        assertThat(SessionRules.check(discharged(END.plusSeconds(900), END.plusSeconds(600), "dr-ames"), EFFECTS,
                ROUTES, NOW).errors()).as("discharged before recovering").containsOnlyKeys("dischargedAt");
        assertThat(SessionRules.check(discharged(null, null, "dr-ames"), EFFECTS, ROUTES, NOW).errors())
                .containsOnlyKeys("dischargedAt");
        assertThat(SessionRules.check(discharged(null, NOW.plusSeconds(3600), "dr-ames"), EFFECTS, ROUTES, NOW)
                .errors()).containsOnlyKeys("dischargedAt");
        SessionForm notEnded = new SessionForm(START, null, null, List.of(), List.of(), List.of(), null, null,
                START.plusSeconds(3000), "dr-ames");
        assertThat(SessionRules.check(notEnded, EFFECTS, ROUTES, NOW).errors()).containsOnlyKeys("dischargedAt");
    }
}
