package com.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadForm;
import com.pathway.clinic.LeadMergeService;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.MergeRequest;
import com.pathway.reporting.internal.PerLeadSummary;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/**
 * The dashboard's per-lead summary follows every change to a lead through the application's own paths (created,
 * moved, closed and reopened, edited, assigned, merged), in the transaction of the change: after each step its rows
 * are exactly what writing them again from the lead and its history gives.
 */
@WorkflowTest
class PerLeadSummaryTest {

    @Autowired
    LeadService leads;
    @Autowired
    WorkflowService workflow;
    @Autowired
    LeadAssignmentService assignments;
    @Autowired
    LeadMergeService merges;
    @Autowired
    PerLeadSummary summary;
    @Autowired
    ClinicWorkflow clinicWorkflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    String campaign;

    @BeforeEach
    void signIn() {
        campaign = "summary-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void everyChangeToALeadOrItsHistoryIsInItsSummaryRowWhenItCommits() {
        LeadDetails a = create("Ana");
        LeadDetails b = create("Ben");
        LeadDetails c = create("Cal");
        assertThat(row(a)).containsEntry("MAXPOS", 1).containsEntry("CAMPAIGN_NAME", campaign)
                .containsEntry("CONTACTED_AT", null);
        assertThat(row(a).get("REACHED_1")).isNotNull();
        assertSameAsRewritten(a, b, c);

        workflow.transition(a.key(), TransitionRequest.of("Contact"));
        workflow.transition(a.key(), TransitionRequest.of("Schedule consultation"));
        assertThat(row(a)).containsEntry("MAXPOS", 3);
        assertThat(row(a).get("CONTACTED_AT")).isNotNull();
        assertThat(row(a).get("CONSULTED_AT")).isNotNull();
        assertThat(row(a).get("REACHED_2")).isNotNull();
        assertThat(row(a).get("STAY_1")).as("left the intake stage").isNotNull();
        assertSameAsRewritten(a, b, c);

        LeadForm edited = withCampaign(leads.get(b.key()).form(), campaign + "-b");
        leads.update(b.key(), edited, leads.get(b.key()).version());
        assertThat(row(b)).containsEntry("CAMPAIGN_NAME", campaign + "-b");
        assignments.assign(b.key(), AssignmentField.CLINICIAN, "clinician", null);
        assertThat(row(b)).containsEntry("CLINICIAN", "clinician");
        assertSameAsRewritten(a, b, c);

        workflow.transition(c.key(), new TransitionRequest("Close", Map.of("resolution", "Lost contact"), null, null));
        assertThat(row(c)).containsEntry("RESOLUTION", "Lost contact").containsEntry("CLOSED_FROM", 0)
                .containsEntry("CLOSED_RESOLUTION", "Lost contact");
        SignedIn.as("manager", "MANAGER");
        workflow.transition(c.key(), TransitionRequest.of("Reopen"));
        assertThat(row(c)).as("reopened: open again, its closing kept").containsEntry("RESOLUTION", null)
                .containsEntry("CLOSED_RESOLUTION", "Lost contact");
        assertSameAsRewritten(a, b, c);

        LeadDetails survivor = leads.get(a.key());
        LeadDetails duplicate = leads.get(b.key());
        merges.merge(new MergeRequest(survivor.key(), survivor.version(), duplicate.key(), duplicate.version(),
                Set.of(), Set.of()));
        assertThat(rows(b)).as("a merged lead is not counted").isEmpty();
        assertSameAsRewritten(a, b, c);
    }

    @Test
    void manyLeadsAtOnceAreWrittenInStatementsOfAThousand() {
        LeadDetails a = create("Fay");
        Map<String, Object> before = row(a);
        long id = jdbc.queryForObject("select id from lead where item_key = ?", Long.class, a.key());
        List<Long> ids = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(1, 2_500).boxed().toList());
        ids.add(id);

        tx.executeWithoutResult(s -> summary.refresh(ids, clinicWorkflow.stages()));

        assertThat(row(a)).isEqualTo(before);
    }

    @Test
    void aChangeThatIsRolledBackLeavesTheSummaryAsItWas() {
        LeadDetails a = create("Dee");
        Map<String, Object> before = row(a);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            workflow.transition(a.key(), TransitionRequest.of("Contact"));
            throw new IllegalStateException("the caller gives up");
        })).hasMessage("the caller gives up");

        assertThat(row(a)).isEqualTo(before);
    }

    @Test
    void theFiguresReadTheSummaryOnlyOnceItWasBuiltForThePublishedStages() {
        create("Eve");
        var stages = clinicWorkflow.stages();
        summary.markStale();
        assertThat(summary.current(stages)).isFalse();

        PerLeadSummary.Rebuilt rebuilt = summary.rebuild(stages);

        assertThat(summary.current(stages)).isTrue();
        assertThat(rebuilt.leads()).isEqualTo(jdbc.queryForObject("select count(*) from report_lead", Long.class))
                .isPositive();
        assertThat(summary.current(new com.pathway.clinic.LeadStages(stages.stages().subList(1, stages.stages().size()),
                stages.initial(), stages.consultationBooked(), stages.treatmentStarted(), stages.duplicateResolutions(),
                stages.completedResolutions()))).as("other stages").isFalse();
    }

    @Test
    void aPublishThatMovedItemsOutOfRemovedStatusesRebuildsTheSummaryEvenWithTheSameStages() throws Exception {
        var stages = clinicWorkflow.stages();
        LeadDetails a = create("Gus");
        summary.rebuild(stages);
        Map<String, Object> kept = row(a);
        // as a publish's remapping does: a change to the lead's rows past the events
        jdbc.update("delete from report_lead where lead_id = (select id from lead where item_key = ?)", a.key());

        // another project's publish (the clinic's read model ignores it) that moved items out of a removed status
        events.publishEvent(new com.pathway.workflow.WorkflowPublished("other", 2, Set.of("ZZ"), null,
                Map.of("Archived", "Closed"), "admin", java.time.Instant.now()));

        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((rows(a).isEmpty() || !summary.current(stages)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(row(a)).as("rebuilt after the publish").isEqualTo(kept);
        assertThat(summary.current(stages)).isTrue();
    }

    private LeadDetails create(String first) {
        LeadForm f = Leads.form(first, "Summary", null, first.toLowerCase() + "." + campaign + "@example.org");
        return leads.create(withCampaign(f, campaign));
    }

    private static LeadForm withCampaign(LeadForm f, String campaign) {
        return new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(), f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), f.source(), f.campaignSource(), f.campaignMedium(),
                campaign, f.referrerId(), f.conditionOfInterest(), f.payer(), f.selfPay(), f.phoneConsent(),
                f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(), f.coordinator(),
                f.clinician(), f.message());
    }

    private Map<String, Object> row(LeadDetails lead) {
        List<Map<String, Object>> rows = rows(lead);
        assertThat(rows).as(lead.key() + "'s summary row").hasSize(1);
        return rows.getFirst();
    }

    private List<Map<String, Object>> rows(LeadDetails lead) {
        return jdbc.queryForList("select * from report_lead where lead_id = (select id from lead where item_key = ?)",
                lead.key());
    }

    /** The rows as the events left them equal the rows written again from scratch. */
    private void assertSameAsRewritten(LeadDetails... of) {
        List<Long> ids = java.util.Arrays.stream(of).map(l -> jdbc.queryForObject(
                "select id from lead where item_key = ?", Long.class, l.key())).toList();
        String select = "select * from report_lead where lead_id in (" + String.join(", ",
                ids.stream().map(String::valueOf).toList()) + ") order by lead_id";
        List<Map<String, Object>> kept = jdbc.queryForList(select);
        tx.executeWithoutResult(s -> summary.refresh(ids, clinicWorkflow.stages()));
        assertThat(jdbc.queryForList(select)).isEqualTo(kept);
    }
}
