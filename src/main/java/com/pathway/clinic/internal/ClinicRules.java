package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.pathway.security.Role;
import com.pathway.shared.Validation;
import com.pathway.workflow.RuleParameter;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionValidator;

/** The clinic workflow's own validators. */
final class ClinicRules {

    private ClinicRules() {
    }

    /**
     * {@code clinic-signed-screening}: a clinician has signed a screening of the lead and no contraindication
     * item was answered yes on the latest signed one (signing sets the lead's screening outcome).
     */
    @Component
    static class SignedScreening implements TransitionValidator {

        @Override
        public String id() {
            return "clinic-signed-screening";
        }

        @Override
        public String label() {
            return "Signed screening without contraindications";
        }

        @Override
        public String description() {
            return "A clinician has signed the lead's screening checklist and no contraindication was answered yes.";
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            Object outcome = context.value(LeadFields.SCREENING_OUTCOME);
            if (outcome == null || String.valueOf(outcome).isBlank()) {
                errors.reject(LeadFields.SCREENING_OUTCOME, "Approving for treatment needs a signed screening:"
                        + " a clinician fills in the screening checklist under Screening on the lead page and signs it.");
            } else {
                errors.check(ScreeningOutcomes.CLEARED.equalsIgnoreCase(String.valueOf(outcome).strip()),
                        LeadFields.SCREENING_OUTCOME, "The signed screening has a contraindication answered yes, so"
                        + " treatment cannot be approved: close the lead as not eligible, or, if that has changed, a"
                        + " clinician starts a new version of the screening on the lead page and signs it.");
            }
        }
    }

    /** {@code clinic-treatment-consent}: the treatment consent is recorded (when it was signed). */
    @Component
    static class TreatmentConsentRecorded implements TransitionValidator {

        @Override
        public String id() {
            return "clinic-treatment-consent";
        }

        @Override
        public String label() {
            return "Treatment consent recorded";
        }

        @Override
        public String description() {
            return "A clinician has recorded when the treatment consent was signed and how it was taken.";
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            Object consent = context.value(LeadFields.TREATMENT_CONSENT_AT);
            errors.check(consent != null && !String.valueOf(consent).isBlank(), LeadFields.TREATMENT_CONSENT_AT,
                    "Approving for treatment needs the signed treatment consent: a clinician records when and how it"
                    + " was taken under Treatment consent on the lead page.");
        }
    }

    /**
     * {@code clinic-ready-for-treatment}: both {@code clinic-signed-screening} and
     * {@code clinic-treatment-consent}, for workflows published before those were declared one by one.
     */
    @Component
    static class ReadyForTreatment implements TransitionValidator {

        private final SignedScreening screening = new SignedScreening();
        private final TreatmentConsentRecorded consent = new TreatmentConsentRecorded();

        @Override
        public String id() {
            return "clinic-ready-for-treatment";
        }

        @Override
        public String label() {
            return "Ready for treatment";
        }

        @Override
        public String description() {
            return "A signed screening without contraindications and the recorded treatment consent.";
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            screening.validate(context, rule, errors);
            consent.validate(context, rule, errors);
        }
    }

    /**
     * {@code clinic-not-eligible-by-clinician}: only the roles in {@code roles} may close a lead with
     * one of the {@code resolutions} (in the shipped workflow: only a clinician may close a lead as
     * "Not eligible"). Both are written in the workflow, so a renamed resolution keeps the rule.
     */
    @Component
    static class NotEligibleByClinician implements TransitionValidator {

        @Override
        public String id() {
            return "clinic-not-eligible-by-clinician";
        }

        @Override
        public String label() {
            return "Resolutions only some roles may give";
        }

        @Override
        public String description() {
            return "Only users with one of the roles may close a lead with one of the resolutions.";
        }

        @Override
        public List<RuleParameter> parameters() {
            return List.of(RuleParameter.required("resolutions", "Resolutions", RuleParameter.Type.RESOLUTIONS,
                            "The resolutions this rule guards."),
                    RuleParameter.required("roles", "Roles", RuleParameter.Type.ROLES,
                            "The roles that may give them."));
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            Object resolution = context.value("resolution");
            if (resolution == null) {
                return;
            }
            String given = String.valueOf(resolution).strip();
            if (rule.paramList("resolutions").stream().anyMatch(given::equalsIgnoreCase)) {
                List<String> roles = rule.paramList("roles");
                errors.check(roles.stream().anyMatch(context::actorHasRole), "resolution",
                        "Only " + roles.stream().map(ClinicRules::roleLabel).collect(Collectors.joining(" or "))
                                + " may close a lead as " + given + ": choose another resolution, or ask the lead's "
                                + "clinician to close it.");
            }
        }

        @Override
        public List<String> checkParams(RuleRef rule) {
            List<String> problems = new ArrayList<>();
            if (rule.paramList("resolutions").isEmpty()) {
                problems.add("Name the resolutions this rule guards: resolutions: [...].");
            }
            if (rule.paramList("roles").isEmpty()) {
                problems.add("Name the roles that may give them: roles: [" + Role.Names.CLINICIAN + "].");
            }
            for (String role : rule.paramList("roles")) {
                if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                    problems.add("Unknown role \"" + role + "\".");
                }
            }
            return problems;
        }
    }

    private static String roleLabel(String role) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                .map(r -> "a " + r.label().toLowerCase(java.util.Locale.ROOT)).orElse(role);
    }
}
