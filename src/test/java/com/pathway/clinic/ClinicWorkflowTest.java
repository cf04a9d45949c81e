package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** The default clinic workflow and each of its rules. */
@WorkflowTest
class ClinicWorkflowTest {

    @Autowired
    ScreeningService screenings;
    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private String newLead() {
        return leads.create(Leads.form("Indigo", "Vale", "+12025550160", null)).key();
    }

    /** A new lead assigned to the clinician, who may therefore read it before its clinical stages. */
    private String newLeadOfTheClinician() {
        return leads.create(Leads.withClinician(Leads.form("Indigo", "Vale", "+12025550160", null), "clinician")).key();
    }

    private WorkItemView run(String key, String transition) {
        return workflow.transition(key, TransitionRequest.of(transition));
    }

    private WorkItemView run(String key, String transition, Map<String, Object> fields) {
        return workflow.transition(key, new TransitionRequest(transition, fields, null, null));
    }

    /** Moves a new lead to Screening, as the roles that may. */
    private String leadInScreening() {
        String key = newLead();
        run(key, "Contact");
        run(key, "Schedule consultation");
        run(key, "Consultation held");
        SignedIn.as("clinician", "CLINICIAN");
        run(key, "Start screening");
        return key;
    }

    @Test
    void aCoordinatorTakesALeadToConsultationScheduled() {
        String key = newLead();

        assertThat(run(key, "Contact").status()).isEqualTo("Contacted");
        assertThat(run(key, "Schedule consultation").status()).isEqualTo("Consultation scheduled");
    }

    @Test
    void aRoleRunsOnlyItsOwnTransitions() {
        String key = newLeadOfTheClinician();
        SignedIn.as("clinician", "CLINICIAN");

        assertThat(workflow.availableTransitions(key)).extracting(AvailableTransition::name).containsExactly("Close");
        assertThatThrownBy(() -> run(key, "Contact")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void closingNeedsAResolution() {
        String key = newLead();

        assertThatThrownBy(() -> run(key, "Close")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("resolution"));
        WorkItemView closed = run(key, "Close", Map.of("resolution", "Lost contact"));
        assertThat(closed.status()).isEqualTo("Closed");
        assertThat(closed.resolution()).isEqualTo("Lost contact");
    }

    @Test
    void onlyAClinicianClosesALeadAsNotEligible() {
        String key = newLeadOfTheClinician();

        assertThatThrownBy(() -> run(key, "Close", Map.of("resolution", "Not eligible")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("resolution")).contains("clinician"));
        SignedIn.as("clinician", "CLINICIAN");
        assertThat(run(key, "Close", Map.of("resolution", "Not eligible")).resolution()).isEqualTo("Not eligible");
    }

    @Test
    void approvalForTreatmentNeedsAClearedScreeningAndSignedConsent() {
        String key = leadInScreening();

        assertThatThrownBy(() -> run(key, "Approve for treatment")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("screeningOutcome", "treatmentConsentAt"));
        assertThatThrownBy(() -> run(key, "Approve for treatment")).as("the engine passes the validator's words on")
                .hasMessage("Approving for treatment needs a signed screening: a clinician fills in the screening"
                        + " checklist under Screening on the lead page and signs it. Approving for treatment needs the"
                        + " signed treatment consent: a clinician records when and how it was taken under Treatment"
                        + " consent on the lead page.");

        long version = leads.get(key).version();
        ScreeningSteps.screen(screenings, key, "contraindicated", Instant.parse("2026-02-01T09:00:00Z"));
        assertThatThrownBy(() -> run(key, "Approve for treatment")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("screeningOutcome"));

        ScreeningSteps.screen(screenings, key, "Cleared", Instant.parse("2026-02-01T09:00:00Z"));
        assertThat(run(key, "Approve for treatment").status()).isEqualTo("Treatment scheduled");
    }

    @Test
    void onlyAClinicianApprovesForTreatment() {
        String key = leadInScreening();
        ScreeningSteps.screen(screenings, key, "Cleared", Instant.parse("2026-02-01T09:00:00Z"));

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThatThrownBy(() -> run(key, "Approve for treatment")).isInstanceOf(ForbiddenException.class);
        SignedIn.as("manager", "MANAGER");
        assertThatThrownBy(() -> run(key, "Approve for treatment")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAManagerReopensAClosedLead() {
        String key = newLead();
        run(key, "Close", Map.of("resolution", "Declined"));

        assertThatThrownBy(() -> run(key, "Reopen")).isInstanceOf(ForbiddenException.class);
        SignedIn.as("manager", "MANAGER");
        WorkItemView reopened = run(key, "Reopen");
        assertThat(reopened.status()).isEqualTo("New inquiry");
        assertThat(reopened.resolution()).isNull();
    }

    @Test
    void aLeadGoesAllTheWayToFollowUpAndIsClosedAsCompletedCare() {
        String key = leadInScreening();
        ScreeningSteps.screen(screenings, key, "Cleared", Instant.parse("2026-02-01T09:00:00Z"));
        run(key, "Approve for treatment");
        run(key, "Start treatment");
        assertThat(run(key, "Complete series").status()).isEqualTo("Follow-up");
        assertThat(run(key, "Close", Map.of("resolution", "Completed care")).category().name()).isEqualTo("DONE");
    }
}
