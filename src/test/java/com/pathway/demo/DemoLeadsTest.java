package com.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.pathway.clinic.DuplicateProbe;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Leads;
import com.pathway.demo.internal.DemoLeads;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * The demo profile with its leads turned on: 300 generated leads in every status, which the app's
 * own services list, open, transition and extend like leads it created itself.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "pathway.demo.leads=300")
class DemoLeadsTest {

    static final List<String> STATUSES = List.of("New inquiry", "Contacted", "Consultation scheduled",
            "Consultation done", "Screening", "Treatment scheduled", "In treatment", "Follow-up", "Closed");

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    DemoLeads demoLeads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.pathway.clinic.SetAsideInquiryService setAside;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theDemoProjectHasLeadsInEveryStatusAndStartingAgainAddsNone() {
        SignedIn.as("manager", "MANAGER");
        for (String status : STATUSES) {
            LeadFilter filter = new LeadFilter(status, null, null, null, null, null, null, null, null);
            assertThat(leads.search(filter, PageRequest.of(0, 5)).getTotalElements()).as(status).isPositive();
        }
        demoLeads.fillEmptyProject();
        assertThat(jdbc.queryForObject("select count(*) from lead where inquiry_reference like 'INQ-%'", Long.class))
                .isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForObject("select min(item_number) from wf_item", Long.class)).isOne();
    }

    @Test
    void oneWebInquiryIsSetAsideAndAnIntakeCoordinatorEntersItByHand() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThat(setAside.count()).isOne();
        com.pathway.clinic.FailedInquiry inquiry = setAside.list(0, 10).getFirst();
        assertThat(inquiry.attempts()).isEqualTo(3);
        assertThat(inquiry.failedAt()).isAfter(inquiry.receivedAt());

        com.pathway.clinic.LeadForm form = setAside.open(inquiry.reference());
        assertThat(form.firstName()).isEqualTo("Rowan");
        assertThat(form.source()).isEqualTo(com.pathway.clinic.LeadSource.WEB_FORM);
        assertThat(form.privacyNotice()).isNotNull();

        String key = setAside.enter(inquiry.reference(), form);
        assertThat(leads.get(key).inquiryReference()).isEqualTo(inquiry.reference());
        assertThat(setAside.count()).isZero();
    }

    @Test
    void theLeadListPagesAndSortsGeneratedLeadsAndTheLeadPageOpensThem() {
        SignedIn.as("manager", "MANAGER");
        Page<LeadSummary> page = leads.search(LeadFilter.none(), PageRequest.of(0, 50, Sort.by("createdAt").descending()));
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(300);
        assertThat(page.getContent()).hasSize(50);
        LeadSummary newest = page.getContent().getFirst();

        LeadDetails details = leads.get(newest.key());
        assertThat(details.form().firstName()).isEqualTo(newest.firstName());
        assertThat(details.phone()).matches("\\+1\\d{3}55501\\d{2}");
        assertThat(details.email()).satisfiesAnyOf(e -> assertThat(e).isNull(),
                e -> assertThat(e).matches(".+@example\\.(org|com|net)"));
        Page<HistoryEntry> history = workflow.history(newest.key(), PageRequest.of(0, 50));
        assertThat(history.getContent().getLast().toStatus()).isEqualTo(details.status());
    }

    @Test
    void generatedLeadsMoveOnAndReopenThroughTheWorkflowService() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        String fresh = firstIn("New inquiry");
        WorkItemView contacted = workflow.transition(fresh, TransitionRequest.of("Contact"));
        assertThat(contacted.status()).isEqualTo("Contacted");

        String open = firstIn("Contacted");
        WorkItemView closed = workflow.transition(open, new TransitionRequest("Close",
                Map.of("resolution", "Lost contact"), "No answer after three calls.", null));
        assertThat(closed.resolution()).isEqualTo("Lost contact");

        SignedIn.as("manager", "MANAGER");
        String done = firstIn("Closed");
        WorkItemView reopened = workflow.transition(done, TransitionRequest.of("Reopen"));
        assertThat(reopened.status()).isEqualTo("New inquiry");
        assertThat(reopened.resolution()).isNull();

        SignedIn.as("clinician", "CLINICIAN");
        String approved = firstIn("Treatment scheduled");
        assertThat(workflow.transition(approved, TransitionRequest.of("Start treatment")).status())
                .isEqualTo("In treatment");
    }

    @Test
    void newLeadsTakeTheNextKeyAndFindGeneratedDuplicates() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        long highest = jdbc.queryForObject("select max(i.item_number) from wf_item i join wf_project p"
                + " on p.id = i.project_id where p.project_key = 'PW'", Long.class);
        Map<String, Object> someone = jdbc.queryForMap("select first_name, last_name, phone, email from lead"
                + " where email is not null order by id limit 1");

        LeadDetails created = leads.create(Leads.form("Avery", "Quill", "(202) 555-0143", "avery.quill@example.org"));
        // after every generated lead, and within what the project's counter has handed out (keys may have gaps)
        assertThat(created.key()).startsWith("PW-");
        long number = Long.parseLong(created.key().substring("PW-".length()));
        assertThat(number).isGreaterThan(highest).isLessThan(
                jdbc.queryForObject("select next_number from wf_project where project_key = 'PW'", Long.class));

        DuplicateProbe probe = new DuplicateProbe((String) someone.get("first_name"),
                (String) someone.get("last_name"), null, (String) someone.get("phone"), null,
                (String) someone.get("email"), null);
        assertThat(leads.possibleDuplicates(probe, 5)).isNotEmpty();
    }

    private String firstIn(String status) {
        return jdbc.queryForObject("select item_key from wf_item where status = ? order by id limit 1", String.class,
                status);
    }
}
