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
 * New versions of the clinic workflow keep the meaning of its statuses. Its own application context
 * and database: the versions published here must not reach other tests.
 */
@WorkflowTest
@TestPropertySource(properties = "pathway.test.context=renamed-status")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
// The upgrade runs on a workflow an administrator has changed already (the rename).
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ClinicWorkflowVersionsTest {

    static final String RENAMED = "Eligibility review";

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    WorkflowAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.pathway.workflow.internal.PluginBootstrap bootstrap;

    @Autowired
    com.pathway.clinic.internal.ClinicStatuses statuses;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
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

    /**
     * A database whose clinic workflow was published before the clinic required properties: at start-up
     * the engine publishes a version that takes them from the shipped definition, by name.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void aWorkflowPublishedBeforeItsPropertiesWereRequiredGetsThemAtStartUp() {
        String published = jdbc.queryForObject("select source from wf_definition where name = 'clinic' and state = 'PUBLISHED'",
                String.class);
        // What the shipped workflow looked like before properties: some parts without them.
        String old = published
                .replace("{name: Contacted, category: IN_PROGRESS, properties: {clinical: false, stage: intake, overdue: 3d}}",
                        "{name: Contacted, category: IN_PROGRESS}")
                .replace("{name: Duplicate, properties: {duplicate: true}}", "Duplicate")
                .replace("    properties: {merge: true, close: true}\n", "")
                .replace("\n        params: {resolutions: [Not eligible], roles: [CLINICIAN]}", "");
        com.pathway.workflow.WorkflowDefinition before = com.pathway.workflow.internal.DefinitionYaml.parse(old);
        assertThat(before.status("Contacted").orElseThrow().properties()).isEmpty();
        assertThat(before.transition("Close").orElseThrow().properties()).isEmpty();
        assertThat(before.transition("Close").orElseThrow().validators()).allSatisfy(v -> assertThat(v.params())
                .doesNotContainKey("roles"));
        jdbc.update("update wf_definition set source = ? where name = 'clinic' and state = 'PUBLISHED'", old);

        bootstrap.run(null);

        String upgraded = jdbc.queryForObject("select source from wf_definition where name = 'clinic' and state = 'PUBLISHED'",
                String.class);
        assertThat(upgraded).startsWith("# Version ");
        assertThat(statuses.definition().status("Contacted").orElseThrow().properties())
                .containsEntry("clinical", "false").containsEntry("overdue", "3d");
        assertThat(statuses.clinical()).contains("Consultation done", "Follow-up", RENAMED).doesNotContain("Contacted");
        assertThat(statuses.mergeTransition()).isEqualTo("Close");
        assertThat(statuses.definition().transition("Close").orElseThrow().validators()).anySatisfy(
                v -> assertThat(v.paramList("roles")).containsExactly("CLINICIAN"));
        bootstrap.run(null);
        assertThat(jdbc.queryForObject("select source from wf_definition where name = 'clinic' and state = 'PUBLISHED'",
                String.class)).isEqualTo(upgraded);
    }

    private List<String> overdueKeys() {
        return leads.search(LeadFilter.text("Renamesky").onlyOverdue(), PageRequest.of(0, 10, Sort.by("createdAt")))
                .map(LeadSummary::key).toList();
    }

    private void enteredStatusAt(LeadDetails lead, Instant at) {
        // The engine's item and the clinic's read model of it (which the lead list reads) alike.
        jdbc.update("update wf_item set status_changed_at = ? where item_key = ?",
                java.sql.Timestamp.from(at), lead.key());
        jdbc.update("update lead set status_changed_at = ? where item_key = ?",
                java.sql.Timestamp.from(at), lead.key());
    }
}
