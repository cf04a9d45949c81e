package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.pathway.shared.Validation;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;

/** The clinic validators without Spring. */
class ClinicRulesTest {

    private static TransitionContext context(Map<String, Object> input, Map<String, Object> stored, String... roles) {
        return new TransitionContext(null, null, null, input, "someone", Set.of(roles), Instant.EPOCH, ZoneOffset.UTC,
                stored::get);
    }

    private static Map<String, String> errors(com.pathway.workflow.TransitionValidator validator, TransitionContext c) {
        return errors(validator, RuleRef.of(validator.id()), c);
    }

    private static Map<String, String> errors(com.pathway.workflow.TransitionValidator validator, RuleRef rule,
            TransitionContext c) {
        Validation v = new Validation();
        validator.validate(c, rule, v);
        return v.errors();
    }

    /** The rule as the shipped clinic workflow writes it. */
    private static RuleRef notEligible(String resolution) {
        return new RuleRef("clinic-not-eligible-by-clinician",
                Map.of("resolutions", java.util.List.of(resolution), "roles", java.util.List.of("CLINICIAN")));
    }

    @Test
    void readyForTreatmentNeedsAClearedScreeningAndConsent() {
        var rule = new ClinicRules.ReadyForTreatment();
        Map<String, Object> stored = new HashMap<>();

        assertThat(errors(rule, context(Map.of(), stored, "CLINICIAN")))
                .containsOnlyKeys("screeningOutcome", "treatmentConsentAt");
        stored.put("screeningOutcome", "Contraindicated");
        stored.put("treatmentConsentAt", Instant.EPOCH);
        assertThat(errors(rule, context(Map.of(), stored, "CLINICIAN"))).containsOnlyKeys("screeningOutcome");
        stored.put("screeningOutcome", "Cleared");
        assertThat(errors(rule, context(Map.of(), stored, "CLINICIAN"))).isEmpty();
    }

    @Test
    void eachRefusalOfTheApprovalSaysWhatIsMissingAndWhoRecordsItWhere() {
        var rule = new ClinicRules.ReadyForTreatment();
        Map<String, Object> stored = new HashMap<>();

        assertThat(errors(rule, context(Map.of(), stored, "CLINICIAN")))
                .containsEntry("screeningOutcome", "Approving for treatment needs a signed screening: a clinician fills"
                        + " in the screening checklist under Screening on the lead page and signs it.")
                .containsEntry("treatmentConsentAt", "Approving for treatment needs the signed treatment consent:"
                        + " a clinician records when and how it was taken under Treatment consent on the lead page.");
        stored.put("screeningOutcome", "Contraindicated");
        assertThat(errors(rule, context(Map.of(), stored, "CLINICIAN")).get("screeningOutcome"))
                .isEqualTo("The signed screening has a contraindication answered yes, so treatment cannot be approved:"
                        + " close the lead as not eligible, or, if that has changed, a clinician starts a new version of"
                        + " the screening on the lead page and signs it.");
    }

    @Test
    void theShippedWorkflowDeclaresScreeningAndConsentAsSeparateValidatorsEachNamingOnlyItsOwnGap() {
        var screening = new ClinicRules.SignedScreening();
        var consent = new ClinicRules.TreatmentConsentRecorded();
        Map<String, Object> stored = new HashMap<>();

        assertThat(errors(screening, context(Map.of(), stored, "CLINICIAN"))).containsOnlyKeys("screeningOutcome");
        assertThat(errors(consent, context(Map.of(), stored, "CLINICIAN"))).containsOnlyKeys("treatmentConsentAt");
        stored.put("screeningOutcome", "Cleared");
        stored.put("treatmentConsentAt", Instant.EPOCH);
        assertThat(errors(screening, context(Map.of(), stored, "CLINICIAN"))).isEmpty();
        assertThat(errors(consent, context(Map.of(), stored, "CLINICIAN"))).isEmpty();
        assertThat(screening.id()).isEqualTo("clinic-signed-screening");
        assertThat(consent.id()).isEqualTo("clinic-treatment-consent");
    }

    @Test
    void valuesEnteredOnTheScreenCountForReadiness() {
        var rule = new ClinicRules.ReadyForTreatment();
        assertThat(errors(rule, context(Map.of("screeningOutcome", "cleared", "treatmentConsentAt", "2026-01-01T00:00:00Z"),
                Map.of(), "CLINICIAN"))).isEmpty();
    }

    @Test
    void onlyAClinicianClosesAsNotEligibleAndTheRefusalSaysWhatToDoInstead() {
        var rule = new ClinicRules.NotEligibleByClinician();
        RuleRef shipped = notEligible("Not eligible");

        assertThat(errors(rule, shipped, context(Map.of("resolution", "Not eligible"), Map.of(), "INTAKE_COORDINATOR")))
                .containsExactly(Map.entry("resolution", "Only a clinician may close a lead as Not eligible: choose another"
                        + " resolution, or ask the lead's clinician to close it."));
        assertThat(errors(rule, shipped, context(Map.of("resolution", "Not eligible"), Map.of(), "CLINICIAN"))).isEmpty();
        assertThat(errors(rule, shipped, context(Map.of("resolution", "Declined"), Map.of(), "INTAKE_COORDINATOR")))
                .isEmpty();
    }

    @Test
    void theGuardedResolutionAndRolesComeFromTheWorkflowSoARenameKeepsTheRule() {
        var rule = new ClinicRules.NotEligibleByClinician();

        assertThat(errors(rule, notEligible("Ineligible"),
                context(Map.of("resolution", "Ineligible"), Map.of(), "INTAKE_COORDINATOR"))).containsOnlyKeys("resolution");
        assertThat(rule.checkParams(RuleRef.of(rule.id()))).containsExactly(
                "Name the resolutions this rule guards: resolutions: [...].",
                "Name the roles that may give them: roles: [CLINICIAN].");
        assertThat(rule.checkParams(new RuleRef(rule.id(), Map.of("resolutions", "Not eligible", "roles", "DOCTOR"))))
                .containsExactly("Unknown role \"DOCTOR\".");
    }

    @Test
    void screeningOutcomesAreMatchedWithoutRegardToCase() {
        assertThat(ScreeningOutcomes.canonical("CLEARED")).contains("Cleared");
        assertThat(ScreeningOutcomes.canonical("maybe")).isEmpty();
        assertThatThrownBy(() -> ScreeningOutcomes.canonical(null).orElseThrow()).isInstanceOf(RuntimeException.class);
    }
}
