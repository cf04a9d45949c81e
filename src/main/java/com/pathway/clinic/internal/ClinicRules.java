package com.pathway.clinic.internal;

import org.springframework.stereotype.Component;

import com.pathway.security.Role;
import com.pathway.shared.Validation;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionValidator;

/** The clinic workflow's own validators. */
final class ClinicRules {

    static final String NOT_ELIGIBLE = "Not eligible";

    private ClinicRules() {
    }

    /**
     * {@code clinic-ready-for-treatment}: a screening outcome is recorded and clears the person, and
     * the treatment consent is signed.
     */
    @Component
    static class ReadyForTreatment implements TransitionValidator {

        @Override
        public String id() {
            return "clinic-ready-for-treatment";
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            Object outcome = context.value(LeadFields.SCREENING_OUTCOME);
            if (outcome == null || String.valueOf(outcome).isBlank()) {
                errors.reject(LeadFields.SCREENING_OUTCOME, "Record the screening outcome before approving treatment.");
            } else {
                errors.check(ScreeningOutcomes.CLEARED.equalsIgnoreCase(String.valueOf(outcome).strip()),
                        LeadFields.SCREENING_OUTCOME, "The screening found contraindications; treatment cannot be approved.");
            }
            Object consent = context.value(LeadFields.TREATMENT_CONSENT_AT);
            errors.check(consent != null && !String.valueOf(consent).isBlank(), LeadFields.TREATMENT_CONSENT_AT,
                    "Record the signed treatment consent before approving treatment.");
        }
    }

    /** {@code clinic-not-eligible-by-clinician}: only a clinician may close a lead as "Not eligible". */
    @Component
    static class NotEligibleByClinician implements TransitionValidator {

        @Override
        public String id() {
            return "clinic-not-eligible-by-clinician";
        }

        @Override
        public void validate(TransitionContext context, RuleRef rule, Validation errors) {
            Object resolution = context.value("resolution");
            if (resolution != null && NOT_ELIGIBLE.equalsIgnoreCase(String.valueOf(resolution).strip())) {
                errors.check(context.actorHasRole(Role.CLINICIAN.name()), "resolution",
                        "Only a clinician may close a lead as not eligible.");
            }
        }
    }
}
