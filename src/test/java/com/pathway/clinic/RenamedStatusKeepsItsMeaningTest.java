package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.pathway.workflow.DefinitionState;
import com.pathway.workflow.DefinitionSummary;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowAdminService;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/**
 * An administrator renames "Screening" in a new version of the clinic workflow: its meaning (clinical,
 * overdue limit) comes along with its properties, so clinicians keep seeing such leads and they still
 * become overdue. Its own application context and database: the rename must not reach other tests.
 */
@WorkflowTest
@TestPropertySource(properties = "pathway.test.context=renamed-status")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RenamedStatusKeepsItsMeaningTest {

    static final String RENAMED = "Eligibility review";

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    WorkflowAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aClinicianStillSeesAndListsALeadInTheRenamedClinicalStatusAndItStillBecomesOverdue() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails lead = leads.create(Leads.form("Rowan", "Renamesky", "+12025550191", null));
        for (String transition : List.of("Contact", "Schedule consultation", "Consultation held", "Start screening")) {
            workflow.transition(lead.key(), TransitionRequest.of(transition));
        }

        SignedIn.as("root", "ADMIN");
        DefinitionSummary published = admin.definitions().stream()
                .filter(d -> d.name().equals("clinic") && d.state() == DefinitionState.PUBLISHED).findFirst()
                .orElseThrow();
        String renamed = admin.export("clinic", published.version()).replace("Screening", RENAMED);
        DefinitionSummary draft = admin.importDefinition(renamed);
        admin.publish("clinic", draft.version(), Map.of("Screening", RENAMED));

        SignedIn.as("clinician", "CLINICIAN");
        assertThat(leads.get(lead.key()).status()).isEqualTo(RENAMED);
        assertThat(leads.search(LeadFilter.text("Renamesky"), PageRequest.of(0, 10, Sort.by("createdAt")))
                .map(LeadSummary::key).toList()).containsExactly(lead.key());

        // The renamed status keeps its 14-day limit: a minute either side of it.
        enteredStatusAt(lead, Instant.now().minus(Duration.ofDays(14)).plus(Duration.ofMinutes(1)));
        assertThat(overdueKeys()).isEmpty();
        enteredStatusAt(lead, Instant.now().minus(Duration.ofDays(14)).minus(Duration.ofMinutes(1)));
        assertThat(overdueKeys()).containsExactly(lead.key());
    }

    private List<String> overdueKeys() {
        return leads.search(LeadFilter.text("Renamesky").onlyOverdue(), PageRequest.of(0, 10, Sort.by("createdAt")))
                .map(LeadSummary::key).toList();
    }

    private void enteredStatusAt(LeadDetails lead, Instant at) {
        jdbc.update("update wf_item set status_changed_at = ? where item_key = ?",
                java.sql.Timestamp.from(at), lead.key());
    }
}
