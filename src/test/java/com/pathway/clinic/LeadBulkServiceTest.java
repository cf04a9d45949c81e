package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** Closing and exporting leads selected on the list: per lead through the engine, nothing dropped silently. */
@WorkflowTest
class LeadBulkServiceTest {

    @Autowired
    LeadBulkService bulk;

    @Autowired
    LeadExportService exports;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    com.pathway.clinic.internal.LeadSearch search;

    @Autowired
    com.pathway.clinic.internal.LeadScopeSql scope;

    String last;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        last = "Blk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    LeadDetails lead(String first) {
        return leads.create(Leads.form(first, last, null, first.toLowerCase() + "." + last.toLowerCase() + "@example.org"));
    }

    String status(String key) {
        return jdbc.queryForObject("select status from lead where item_key = ?", String.class, key);
    }

    @Test
    void theResolutionsOfferedAreTheCloseTransitionsWithoutTheDuplicateOne() {
        assertThat(bulk.closeResolutions()).containsExactly("Completed care", "Not eligible", "Declined",
                "Lost contact", "Referred elsewhere");
    }

    @Test
    void thePlanSaysWhichLeadsWillCloseAndWhichStayAsTheyAre() {
        LeadDetails open = lead("Open");
        LeadDetails contacted = lead("Contacted");
        LeadDetails closed = lead("Closed");
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(closed.key(), new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));

        BulkClose.Plan plan = bulk.planClose(List.of(open.key(), contacted.key().toLowerCase(), closed.key(), "PW-999999"),
                "lost contact");

        assertThat(plan.transition()).isEqualTo("Close");
        assertThat(plan.resolution()).isEqualTo("Lost contact");
        assertThat(plan.closing()).containsExactly(open.key(), contacted.key());
        assertThat(plan.leftAsTheyAre()).extracting(BulkClose.Refusal::key).containsExactly(closed.key(), "PW-999999");
        assertThat(plan.leftAsTheyAre().get(0).reason()).contains("is in Closed");
        assertThat(plan.leftAsTheyAre().get(1).reason()).isEqualTo("There is no lead PW-999999.");
        assertThat(status(open.key())).isEqualTo("New inquiry");
    }

    @Test
    void closesEachLeadThroughTheEngineAndReportsEveryRefusalWithItsReason() {
        LeadDetails open = lead("Open");
        LeadDetails contacted = lead("Contacted");
        LeadDetails closed = lead("Closed");
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(closed.key(), new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));

        BulkClose.Result result = bulk.close(List.of(open.key(), closed.key(), contacted.key(), "PW-999999"),
                "Lost contact");

        assertThat(result.closed()).containsExactly(open.key(), contacted.key());
        assertThat(result.refused()).extracting(BulkClose.Refusal::key).containsExactly(closed.key(), "PW-999999");
        assertThat(result.refused()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(status(open.key())).isEqualTo("Closed");
        assertThat(status(contacted.key())).isEqualTo("Closed");
        assertThat(jdbc.queryForObject("select resolution from lead where item_key = ?", String.class, open.key()))
                .isEqualTo("Lost contact");
        // The closed lead kept its first resolution: its refusal rolled back nothing else.
        assertThat(jdbc.queryForObject("select resolution from lead where item_key = ?", String.class, closed.key()))
                .isEqualTo("Declined");
    }

    @Test
    void theWorkflowsValidatorsStillDecideForEachLead() {
        LeadDetails a = lead("A");
        LeadDetails b = lead("B");

        // "Not eligible" is for clinicians only (clinic-not-eligible-by-clinician): every lead is refused.
        BulkClose.Result result = bulk.close(List.of(a.key(), b.key()), "Not eligible");

        assertThat(result.closed()).isEmpty();
        assertThat(result.refused()).extracting(BulkClose.Refusal::key).containsExactly(a.key(), b.key());
        assertThat(result.refused().get(0).reason()).containsIgnoringCase("clinician");
        assertThat(status(a.key())).isEqualTo("New inquiry");
    }

    @Test
    void refusesAnEmptySelectionAnUnknownResolutionAndClinicians() {
        LeadDetails a = lead("A");
        assertThatThrownBy(() -> bulk.close(List.of(), "Declined")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Select at least one lead");
        assertThatThrownBy(() -> bulk.close(List.of(a.key()), "Duplicate")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("resolution"));

        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> bulk.close(List.of(a.key()), "Declined")).isInstanceOf(AccessDeniedException.class);
        assertThat(status(a.key())).isEqualTo("New inquiry");
    }

    @Test
    void exportsExactlyTheSelectedLeadsTheManagerMayReadAndAuditsThem() {
        LeadDetails a = lead("Avery");
        LeadDetails b = lead("Blake");
        lead("Casey");
        SignedIn.as("manager", "MANAGER");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = exports.exportSelection(List.of(a.key(), b.key(), "PW-999999"), out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(written).isEqualTo(2);
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).extracting(l -> l.split(",")[0]).containsExactlyInAnyOrder(a.key(), b.key());
        String audited = jdbc.queryForObject("select details from audit_entry where action = 'LEADS_EXPORTED' and"
                + " actor = 'manager' order by id desc limit 1", String.class);
        assertThat(audited).contains("\"count\":2", "selection of 3");
        assertThat(LeadServiceTest.keysIn(audited)).containsExactlyInAnyOrder(a.key(), b.key());
    }

    @Test
    void theExportApiTakesTheSelectedKeys() throws Exception {
        LeadDetails a = lead("Avery");
        lead("Blake");
        SignedIn.out();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/leads/export")
                        .param("key", a.key()).with(LeadExportTest.MANAGER))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(a.key() + ",Avery"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Blake")))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/leads/export")
                        .param("key", a.key()).with(LeadExportTest.INTAKE))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void aClinicianExportsNothingAndASelectionReadsOnlyTheLeadsInTheReadersScope() {
        LeadDetails early = lead("Early");
        LeadDetails mine = leads.create(Leads.withClinician(Leads.form("Mine", last, null, "mine." + last.toLowerCase() + "@example.org"), "clinician"));
        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> exports.exportSelection(List.of(mine.key()), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        // The selection's one query applies the clinic's read rule like every list.
        assertThat(search.byKeys(List.of(early.key(), mine.key()), org.springframework.data.domain.Sort.by("key"),
                scope.current())).extracting(LeadSummary::key).containsExactly(mine.key());
    }
}
