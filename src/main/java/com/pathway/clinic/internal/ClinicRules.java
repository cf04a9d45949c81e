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
                errors.reject(LeadFields.SCREENING_OUTCOME, "Approving for treatment needs a recorded screening outcome: a clinician records it under Screening on the lead page.");
            } else {
                errors.check(ScreeningOutcomes.CLEARED.equalsIgnoreCase(String.valueOf(outcome).strip()),
                        LeadFields.SCREENING_OUTCOME, "The recorded screening found contraindications, so treatment cannot be approved: close the lead"
                        + " as not eligible, or, if the outcome has changed, a clinician records it again under Screening"
                        + " on the lead page.");
            }
            Object consent = context.value(LeadFields.TREATMENT_CONSENT_AT);
            errors.check(consent != null && !String.valueOf(consent).isBlank(), LeadFields.TREATMENT_CONSENT_AT,
                    "Approving for treatment needs the signed treatment consent: a clinician records when it was"
                    + " signed under Screening on the lead page.");
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
                        "Only a clinician may close a lead as not eligible: choose another resolution, or ask the"
                        + " lead's clinician to close it.");
            }
        }
    }
}
