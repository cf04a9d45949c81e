package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

import com.jayway.jsonpath.JsonPath;
import com.pathway.clinic.internal.InquiryInbox;
import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.security.Role;
import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.support.MovingClock;
import com.pathway.support.TestAccounts;

/**
 * Inquiries that wait in the inbox: here every inquiry does (no request creates its lead, and this node's
 * background is off), so that each step can be looked at; the tests create the leads themselves, as the
 * background does. {@code InquiryApiTest} covers the inquiry sent alone, whose lead exists before the answer.
 */
@SpringBootTest(properties = {"pathway.inquiries.created-at-once=0", "pathway.inquiries.create-in-background=false",
        "pathway.inquiries.requests-per-address=1000", "pathway.inquiries.batch-size=7"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestAccounts.class)
class InquiryInboxTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InquiryInbox inbox;

    @Autowired
    InquiryIntake intake;

    @Autowired
    ColumnCipher cipher;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    @Autowired
    InquiryProperties properties;

    @Autowired
    TestAccounts accounts;

    @Autowired
    jakarta.persistence.EntityManager entities;

    @Autowired
    com.pathway.notifications.NotificationService notifications;

    @Autowired
    com.pathway.security.StaffDirectory staff;

    @AfterEach
    void leaveTheInboxEmpty() {
        jdbc.update("delete from inquiry_inbox");
    }

    private static String inquiry(String lastName) {
        // (each inquiry its own name and e-mail, so that nothing but the broken form fails)
        return InquiryApiTest.VALID.replace("Pike", lastName).replace("jordan.pike", "jordan." + lastName.toLowerCase());
    }

    private String send(String body, String idempotencyKey) throws Exception {
        var request = post("/api/v1/inquiries").contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        String answer = mvc.perform(request.with(r -> {
            r.setRemoteAddr("10.9.0." + (NEXT.incrementAndGet() % 250 + 1));
            return r;
        })).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.reference");
    }

    private int leadsWith(String reference) {
        return jdbc.queryForObject("select count(*) from lead where inquiry_reference = ?", Integer.class, reference);
    }

    private int waitingWith(String reference) {
        return jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Integer.class, reference);
    }

    @Test
    void anAnsweredInquiryWaitsEncryptedInTheInboxAndBecomesExactlyOneLead() throws Exception {
        String reference = send(inquiry("Inbox"), null);

        assertThat(leadsWith(reference)).as("answered before its lead exists").isZero();
        String form = jdbc.queryForObject("select form from inquiry_inbox where reference = ?", String.class,
                reference);
        assertThat(form).as("stored encrypted, like the lead's message").startsWith("enc:v1:")
                .doesNotContain("Jordan").doesNotContain("Hello").doesNotContain("555");
        assertThat(cipher.decrypt("inquiry_inbox.form", form)).contains("Jordan").contains("could you call me?");
        assertThat(inbox.waiting()).isEqualTo(1);

        assertThat(inbox.drain()).isEqualTo(1);

        assertThat(leadsWith(reference)).isEqualTo(1);
        assertThat(waitingWith(reference)).as("the row goes with the lead's transaction").isZero();
        var lead = jdbc.queryForMap("select l.first_name, l.last_name, l.phone, l.source, l.message, i.reporter, "
                + "i.status from lead l join wf_item i on i.id = l.id where l.inquiry_reference = ?", reference);
        assertThat(lead).containsEntry("FIRST_NAME", "Jordan").containsEntry("LAST_NAME", "Inbox")
                .containsEntry("PHONE", "+12025550171").containsEntry("SOURCE", "WEB_FORM")
                .containsEntry("REPORTER", "web-form").containsEntry("STATUS", "New inquiry");
        assertThat(cipher.decrypt("lead.message", (String) lead.get("MESSAGE")))
                .isEqualTo("<b>Hello</b> & could you call me?");
        assertThat(jdbc.queryForObject("select count(*) from task t join lead l on l.id = t.item_id "
                + "where l.inquiry_reference = ? and t.origin = 'first contact'", Integer.class, reference))
                .as("its first-contact call, as for a lead created at once").isEqualTo(1);

        assertThat(inbox.drain()).as("nothing is created twice").isZero();
        assertThat(leadsWith(reference)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheInquiryWaitsGetsTheSameAnswerAndStoresNothingMore() throws Exception {
        String first = send(inquiry("Retry"), "inbox-retry-1");
        String again = mvc.perform(post("/api/v1/inquiries").header("Idempotency-Key", "inbox-retry-1")
                .contentType(MediaType.APPLICATION_JSON).content(inquiry("Retry")).with(r -> {
                    r.setRemoteAddr("10.9.1.1");
                    return r;
                }))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(again, "$.reference")).isEqualTo(first);
        assertThat(waitingWith(first)).isEqualTo(1);
        inbox.drain();
        assertThat(leadsWith(first)).isEqualTo(1);
    }

    @Test
    void aLeadThatCannotBeCreatedStaysWithItsErrorAndHoldsUpNoOther() throws Exception {
        String admin = TestAccounts.uniqueName("admin");
        accounts.create(admin, Role.ADMIN);
        String coordinator = TestAccounts.uniqueName("intake");
        accounts.create(coordinator, Role.INTAKE_COORDINATOR);
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            good.add(send(inquiry("Batch" + (char) ('a' + i)), null));
        }
        String broken = send(inquiry("Broken"), null);
        // What the check at the door could not see coming, here a form that no longer reads.
        jdbc.update("update inquiry_inbox set form = ? where reference = ?",
                cipher.encrypt("inquiry_inbox.form", "{\"firstName\": "), broken);

        assertThat(inbox.drain()).isEqualTo(10);

        good.forEach(reference -> assertThat(leadsWith(reference)).as(reference).isEqualTo(1));
        assertThat(leadsWith(broken)).isZero();
        assertThat(waitingWith(broken)).as("kept, not lost").isEqualTo(1);
        assertThat(jdbc.queryForObject("select attempts from inquiry_inbox where reference = ?", Integer.class,
                broken)).isEqualTo(1);
        assertThat(inbox.drain()).as("tried again only after a while").isZero();
        assertThat(jdbc.queryForObject("select attempts from inquiry_inbox where reference = ?", Integer.class,
                broken)).isEqualTo(1);
        assertThat(inbox.failed(0, 10)).isEmpty();
        for (int attempt = 2; attempt <= 3; attempt++) {
            jdbc.update("update inquiry_inbox set retry_at = retry_at - interval '10' minute where reference = ?",
                    broken); // the wait has passed
            assertThat(inbox.drain()).isZero();
        }
        assertThat(waitingWith(broken)).as("kept, not lost").isEqualTo(1);
        assertThat(inbox.waiting()).as("no longer tried").isZero();
        jdbc.update("update inquiry_inbox set retry_at = retry_at - interval '1' hour where reference = ?", broken);
        assertThat(inbox.drain()).isZero();
        assertThat(inbox.failedCount()).isOne();
        assertThat(inbox.failed(0, 10)).singleElement().satisfies(failed -> {
            assertThat(failed.reference()).isEqualTo(broken);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.failedAt()).isNotNull();
            assertThat(failed.error()).as("the exceptions' classes by simple name").doesNotContain(".")
                    .endsWith("Exception");
        });
        assertThat(jdbc.queryForObject("select last_error from inquiry_inbox where reference = ?", String.class,
                broken)).as("the exceptions' classes, never a message that could quote the form")
                .startsWith("tools.jackson.").doesNotContain("firstName").doesNotContain(":");
        assertThat(jdbc.queryForList("select message, link from notification where recipient = ? and kind = ?",
                admin, InquiryInbox.FAILED_NOTICE)).as("every administrator is told once, with the page to go to")
                .singleElement().satisfies(notice -> {
                    assertThat(notice.get("message")).asString().contains(broken);
                    assertThat(notice.get("link")).isEqualTo("admin/inquiries");
                });
        assertThat(jdbc.queryForList("select message, link from notification where recipient = ? and kind = ?",
                coordinator, InquiryInbox.FAILED_NOTICE)).as("every intake coordinator too, to enter it by hand")
                .singleElement().satisfies(notice -> {
                    assertThat(notice.get("message")).asString().contains(broken).contains("by hand");
                    assertThat(notice.get("link")).isEqualTo("inquiries/set-aside");
                });
    }

    @Test
    void onlyAFailedInquiryIsTriedAgainByHand() throws Exception {
        String reference = send(inquiry("Waits"), null);
        assertThat(inbox.retryFailed(reference).outcome()).as("waiting in line")
                .isEqualTo(InquiryInbox.Retried.Outcome.WAITING);
        assertThat(leadsWith(reference)).isZero();
        inbox.drain();
        assertThat(inbox.retryFailed(reference).outcome()).as("already a lead")
                .isEqualTo(InquiryInbox.Retried.Outcome.GONE);
        assertThat(inbox.retryFailed("INQ-NO-SUCH").outcome()).isEqualTo(InquiryInbox.Retried.Outcome.GONE);
        assertThat(leadsWith(reference)).isEqualTo(1);
    }

    @Test
    void aFailedInquiryHeldByAnotherTryIsRefusedAsBusyNotAsGone() throws Exception {
        String reference = intake.newReference();
        SetAsideInquiries.store(jdbc, reference, "x", "java.lang.IllegalStateException", Instant.now(), Instant.now());
        // Another administrator's try, holding the row's lock while it makes the lead.
        try (HeldInquiry held = HeldInquiry.hold(transactions, jdbc, reference, Duration.ofSeconds(20))) {
            assertThat(inbox.retryFailed(reference).outcome()).isEqualTo(InquiryInbox.Retried.Outcome.BUSY);
        } finally {
            jdbc.update("delete from inquiry_inbox where reference = ?", reference);
        }
    }

    @Test
    void inquiriesArrivingTogetherAreEachStoredOnceAndATakenKeyFailsAlone() throws Exception {
        int stored = ArrivingTogether.receive(inbox, intake, jdbc, "together");
        assertThat(inbox.drain()).isEqualTo(stored);
    }

    @Test
    void severalTakingFromTheInboxAtOnceCreateEachLeadOnce() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String reference = intake.newReference();
            references.add(reference);
            inbox.receive(intake.check(Leads.form("Many", "Takers" + i, Leads.phoneOfItsOwn().e164(), null)),
                    reference, null, null, 201, "{}");
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> takers = List.of(inbox::drain, inbox::drain, inbox::drain);
            int created = 0;
            for (Future<Integer> taker : pool.invokeAll(takers)) {
                created += taker.get();
            }
            assertThat(created).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        references.forEach(reference -> assertThat(leadsWith(reference)).as(reference).isEqualTo(1));
        assertThat(inbox.waiting()).isZero();
        // Made in batches of seven: each lead still has what one made alone has, written at its batch's commit.
        for (String reference : references) {
            assertThat(jdbc.queryForObject("select count(*) from task t join lead l on l.id = t.item_id "
                    + "where l.inquiry_reference = ? and t.origin = 'first contact'", Integer.class, reference))
                    .as("the first-contact call of " + reference).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry a join lead l on a.entity_id = l.item_key "
                    + "where l.inquiry_reference = ? and a.action = 'LEAD_CREATED'", Integer.class, reference))
                    .as("the audit entry of " + reference).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from report_lead r join lead l on l.id = r.lead_id "
                    + "where l.inquiry_reference = ?", Integer.class, reference))
                    .as("the report row of " + reference).isEqualTo(1);
        }
    }

    @Test
    void duringABurstLeadsWaitUntilItHasPassedOrUntilTheyHaveWaitedTheirDelay() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
        InquiryInbox node = inboxWithBurstRate(5, clock);

        List<String> early = receive(node, "Early", 5);
        assertThat(node.bursting()).as("five within a second").isTrue();
        long sixth = node.receive(intake.check(Leads.form("Burst", "Sixth", Leads.phoneOfItsOwn().e164(), null)),
                "BURST-SIXTH", null, null, 201, "{}");
        node.createSoon(sixth);
        assertThat(leadsWith("BURST-SIXTH")).as("no request makes its lead during a burst").isZero();
        assertThat(node.drain()).as("nothing has waited its delay yet").isZero();

        // Thirty-one seconds on, another burst: the first six have waited long enough, the new ones wait.
        clock.move(Duration.ofSeconds(31));
        List<String> late = receive(node, "Late", 5);
        assertThat(node.bursting()).isTrue();
        assertThat(node.drain()).isEqualTo(6);
        early.forEach(reference -> assertThat(leadsWith(reference)).as(reference).isEqualTo(1));
        assertThat(leadsWith("BURST-SIXTH")).isEqualTo(1);
        late.forEach(reference -> assertThat(waitingWith(reference)).as(reference).isEqualTo(1));

        // A second without inquiries ends the burst: the rest become leads, and one sent alone is a lead at once.
        clock.move(Duration.ofSeconds(1));
        assertThat(node.bursting()).isFalse();
        assertThat(node.drain()).isEqualTo(5);
        late.forEach(reference -> assertThat(leadsWith(reference)).as(reference).isEqualTo(1));
        long alone = node.receive(intake.check(Leads.form("Burst", "Alone", Leads.phoneOfItsOwn().e164(), null)),
                "BURST-ALONE", null, null, 201, "{}");
        node.createSoon(alone);
        assertThat(leadsWith("BURST-ALONE")).isEqualTo(1);
        assertThat(node.waiting()).isZero();
    }

    @Test
    void aBatchTakenBeforeABurstStopsWhenItBeginsAndLeavesTheRestWaiting() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        InquiryProperties bursts = new InquiryProperties(properties.requestsPerAddress(), properties.period(),
                properties.allowedOrigins(), properties.globalRequests(), 0, 50, Duration.ofMillis(100), false,
                5, Duration.ofSeconds(30));
        InquiryInbox node = new InquiryInbox(jdbc, transactions, intake, json, cipher, bursts, clock, notifications,
                staff, entities);
        List<String> references = new ArrayList<>(receive(node, "Before", 10));
        // Five more stored as if six seconds on: a burst once the clock gets there.
        clock.move(Duration.ofSeconds(6));
        references.addAll(receive(node, "During", 5));

        // Back to two seconds on, the clock now climbing a second at each reading until it stands at six: the batch
        // (all fifteen) is taken before the burst and meets it on the way.
        clock.climb(start.plusSeconds(2), Duration.ofSeconds(1), start.plusSeconds(6));
        int made = node.drain();

        assertThat(made).as("stopped at the burst, after at least one lead").isBetween(1, 14);
        assertThat(node.waiting()).isEqualTo(15 - made);
        assertThat(node.bursting()).isTrue();

        clock.move(Duration.ofSeconds(2));
        assertThat(node.drain()).as("after the burst, the rest").isEqualTo(15 - made);
        references.forEach(reference -> assertThat(leadsWith(reference)).as(reference).isEqualTo(1));
    }

    @Test
    void aBurstIsSeenOnceTenInquiriesCameAtItsRateNotASecondLater() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
        InquiryInbox node = inboxWithBurstRate(100, clock);

        for (int i = 0; i < 9; i++) {
            String reference = intake.newReference();
            long id = node.receive(intake.check(Leads.form("Quick", "Number" + i, Leads.phoneOfItsOwn().e164(), null)),
                    reference, null, null, 201, "{}");
            assertThat(node.bursting()).as("%d at once, of a rate of 100 a second", i + 1).isFalse();
            node.createSoon(id);
            assertThat(leadsWith(reference)).as("a request makes its lead before the burst").isEqualTo(1);
        }
        String tenthReference = intake.newReference();
        long tenth = node.receive(intake.check(Leads.form("Quick", "Tenth", Leads.phoneOfItsOwn().e164(), null)),
                tenthReference, null, null, 201, "{}");
        assertThat(node.bursting()).as("ten within a tenth of a second, though only ten in the second").isTrue();
        node.createSoon(tenth);
        assertThat(leadsWith(tenthReference)).as("no request makes its lead once the burst is seen").isZero();

        clock.move(Duration.ofMillis(100));
        assertThat(node.bursting()).as("a tenth of a second later").isFalse();
        assertThat(node.drain()).isEqualTo(1);
        assertThat(leadsWith(tenthReference)).isEqualTo(1);
    }

    @Test
    void noBurstIsDeclaredWithABurstRateOfZero() {
        InquiryInbox node = inboxWithBurstRate(0, new MovingClock(Instant.parse("2026-12-07T10:00:00Z")));

        List<String> references = receive(node, "Never", 8);

        assertThat(node.bursting()).isFalse();
        assertThat(node.drain()).isEqualTo(8);
        references.forEach(reference -> assertThat(leadsWith(reference)).as(reference).isEqualTo(1));
    }

    /**
     * An inbox of its own with {@code burstRate} and a 30 s lead delay, one lead created at once by a request, batches
     * of 50, its background not started: the tests run its rounds themselves.
     */
    private InquiryInbox inboxWithBurstRate(int burstRate, Clock clock) {
        InquiryProperties bursts = new InquiryProperties(properties.requestsPerAddress(), properties.period(),
                properties.allowedOrigins(), properties.globalRequests(), 1, 50, Duration.ofMillis(100), false,
                burstRate, Duration.ofSeconds(30));
        return new InquiryInbox(jdbc, transactions, intake, json, cipher, bursts, clock, notifications, staff,
                entities);
    }

    /** {@code count} inquiries stored by {@code node} at its clock's present moment; their references. */
    private List<String> receive(InquiryInbox node, String name, int count) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String reference = intake.newReference();
            node.receive(intake.check(Leads.form("Burst", name + i, Leads.phoneOfItsOwn().e164(), null)), reference,
                    null, null, 201, "{}");
            references.add(reference);
        }
        return references;
    }

    @Test
    void theBackgroundCreatesWhatAStopLeftInTheInbox() throws Exception {
        // Stored and answered, then the application stopped before creating the lead.
        String reference = send(inquiry("Restart"), null);
        InquiryProperties running = new InquiryProperties(properties.requestsPerAddress(), properties.period(),
                properties.allowedOrigins(), properties.globalRequests(), 1, 50, Duration.ofMillis(100), true,
                properties.burstRate(), properties.burstLeadDelay());
        InquiryInbox restarted = new InquiryInbox(jdbc, transactions, intake, json, cipher, running,
                Clock.systemUTC(), notifications, staff, entities);

        restarted.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (leadsWith(reference) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            restarted.stop();
        }
        assertThat(leadsWith(reference)).isEqualTo(1);
        assertThat(waitingWith(reference)).isZero();
    }
}
