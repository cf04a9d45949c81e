package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/** The lead migration, lead search and the inquiry API on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class ClinicOnPostgresTest {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    com.pathway.clinic.internal.InquiryInbox inbox;

    @Autowired
    com.pathway.clinic.internal.InquiryIntake intake;

    @Autowired
    SetAsideInquiryService setAside;

    @Autowired
    com.pathway.shared.crypto.ColumnCipher cipher;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theMigrationCreatesTheLeadTablesWithTheirIndexes() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'lead'", String.class))
                .contains("ix_lead_created", "ix_lead_source", "ix_lead_condition", "ix_lead_coordinator",
                        "ix_lead_email", "ix_lead_phone", "ix_lead_name", "ix_lead_last_name");
        assertThat(jdbc.queryForObject("select count(*) from inquiry_request", Long.class)).isZero();
    }

    @Test
    void searchesLeadsWithEveryKindOfFilter() {
        LeadDetails kit = leads.create(Leads.form("Kit", "Lowry", "+12025550180", "kit.lowry@example.org"));
        LeadDetails lane = leads.create(Leads.form("Lane", "Lowry", "+12025550181", null));
        workflow.transition(lane.key(), TransitionRequest.of("Contact"));
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);

        assertThat(keys(LeadFilter.text("lowry"), Sort.by("firstName"))).containsExactly(kit.key(), lane.key());
        assertThat(keys(LeadFilter.text("KIT.LOWRY@example"), Sort.unsorted())).containsExactly(kit.key());
        assertThat(keys(LeadFilter.text("+1 202 555 0181"), Sort.unsorted())).containsExactly(lane.key());
        assertThat(keys(new LeadFilter("Contacted", null, null, LeadSource.PHONE, "depression", null, hourAgo, null,
                "lowry"), Sort.unsorted())).containsExactly(lane.key());
        assertThat(keys(new LeadFilter(null, com.pathway.workflow.StatusCategory.TODO, null, null, null, null, null,
                hourAgo, "lowry"), Sort.unsorted())).isEmpty();
        assertThat(leads.search(LeadFilter.text("lowry"), PageRequest.of(1, 1, Sort.by("lastName"))).getTotalElements())
                .isEqualTo(2);
    }

    @Test
    void storesAnInquiryFromTheWebSite() throws Exception {
        SignedIn.out();
        mvc.perform(post("/api/v1/inquiries").header("Idempotency-Key", "pg-1").contentType(MediaType.APPLICATION_JSON)
                .content(InquiryApiTest.VALID)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/inquiries").header("Idempotency-Key", "pg-1").contentType(MediaType.APPLICATION_JSON)
                .content(InquiryApiTest.VALID)).andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("select count(*) from lead where email_lower = 'jordan.pike@example.org'",
                Long.class)).isOne();
    }

    @Test
    void inquiriesArrivingTogetherAreEachStoredOnceAndATakenKeyFailsAlone() throws Exception {
        ArrivingTogether.receive(inbox, intake, jdbc, "pg-together");
        inbox.drain();
    }

    @Test
    void inquiriesTakenFromTheInboxByManyAtOnceBecomeOneLeadEach() throws Exception {
        SignedIn.out();
        List<String> references = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String reference = intake.newReference();
            references.add(reference);
            inbox.receive(intake.check(Leads.form("Pat", "Inbox" + i, Leads.phoneOfItsOwn().e164(), null)), reference,
                    null, null, 201, "{}");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            // Three takers besides this node's background, each with its own connection and transactions.
            for (var taker : pool.invokeAll(List.<java.util.concurrent.Callable<Integer>>of(inbox::drain, inbox::drain,
                    inbox::drain))) {
                taker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        inbox.drain();
        // Rows the node's background took are skipped by the others: its transaction may still be committing.
        // A row goes in the transaction that makes its lead, so an empty inbox means every lead is committed.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select count(*) from inquiry_inbox", Long.class) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        for (String reference : references) {
            assertThat(jdbc.queryForObject("select count(*) from lead where inquiry_reference = ?", Long.class,
                    reference)).as(reference).isOne();
        }
        assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from lead where last_name like 'Inbox%'", Long.class))
                .as("none twice").isEqualTo(60);

        // One set aside after its attempts, as Web inquiries lists it and tries it again, on PostgreSQL.
        SetAsideInquiries.store(jdbc, "INQ-PGFAILED", "not an envelope", "java.lang.IllegalStateException",
                Instant.now(), Instant.now());
        try {
            assertThat(inbox.failedCount()).isOne();
            assertThat(inbox.waiting()).isZero();
            assertThat(inbox.failed(0, 10)).singleElement().satisfies(failed -> {
                assertThat(failed.reference()).isEqualTo("INQ-PGFAILED");
                assertThat(failed.error()).isEqualTo("IllegalStateException");
            });
            assertThat(inbox.failed(1, 10)).isEmpty();
            assertThat(inbox.retryFailed("INQ-PGFAILED").outcome())
                    .isEqualTo(com.pathway.clinic.internal.InquiryInbox.Retried.Outcome.FAILED_AGAIN);
            assertThat(jdbc.queryForObject("select attempts from inquiry_inbox where reference = 'INQ-PGFAILED'",
                    Integer.class)).isEqualTo(4);
        } finally {
            jdbc.update("delete from inquiry_inbox where reference = 'INQ-PGFAILED'");
        }
    }

    @Test
    void anIntakeCoordinatorEntersASetAsideInquiryByHand() {
        String reference = SetAsideInquiries.storeReadable(jdbc, cipher, json, intake,
                Leads.form("Pat", "Byhand", Leads.phoneOfItsOwn().e164(), null), "java.lang.IllegalStateException");
        try {
            LeadForm form = setAside.open(reference);
            assertThat(form.lastName()).isEqualTo("Byhand");

            String key = setAside.enter(reference, form);

            assertThat(jdbc.queryForObject("select l.item_key from lead l join wf_item i on i.id = l.id "
                    + "where l.inquiry_reference = ? and i.reporter = 'intake'", String.class, reference))
                    .isEqualTo(key);
            assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Long.class,
                    reference)).isZero();
            assertThat(jdbc.queryForList("select action from audit_entry where entity_id = ? order by id",
                    String.class, reference)).containsExactly("INQUIRY_READ", "INQUIRY_ENTERED");
        } finally {
            jdbc.update("delete from inquiry_inbox where reference = ?", reference);
        }
    }

    private List<String> keys(LeadFilter filter, Sort sort) {
        return leads.search(filter, PageRequest.of(0, 20, sort)).getContent().stream().map(LeadSummary::key).toList();
    }
}
