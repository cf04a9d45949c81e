package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.clinic.internal.ServiceLevelBreaches;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** Service-level targets of leads in business hours, the first-contact call of a web inquiry, and breach notices. */
@WorkflowTest
class ServiceLevelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TaskService tasks;

    @Autowired
    Notices notices;

    @Autowired
    ServiceLevels levels;

    @Autowired
    ServiceLevelBreaches breaches;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InquiryIntake intake;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    /** A web inquiry through the public form's API; its lead's key. */
    private String webInquiry(String first, String last, String phone) throws Exception {
        String answer = mvc.perform(post("/api/v1/inquiries").contentType(MediaType.APPLICATION_JSON).with(r -> {
            r.setRemoteAddr("10.9.8.7");
            return r;
        }).content("""
                {"firstName":"%s","lastName":"%s","phone":"%s","consent":{"contact":true,
                 "privacyNotice":true},"website":""}""".formatted(first, last, phone))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(answer, "$.reference");
        return jdbc.queryForObject("select item_key from lead where inquiry_reference = ?", String.class, reference);
    }

    private TaskView firstContactCall(String key) {
        return tasks.forLead(key).stream().filter(t -> "first contact".equals(t.origin())).findFirst().orElseThrow();
    }

    @Test
    void contactingTheLeadEndsItsFirstContactCallAndEveryNextAttemptOfIt() throws Exception {
        String key = webInquiry("Juno", "Ash", "(202) 555-0193");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        TaskView call = firstContactCall(key);
        Completed first = tasks.complete(call.id(), new TaskCompletion(call.version(), CallOutcome.NO_ANSWER,
                Instant.now().plus(Duration.ofHours(2))));
        assertThat(first.next().origin()).as("a next attempt is still the first-contact call").isEqualTo("first contact");

        workflow.transition(key, TransitionRequest.of("Contact"));

        TaskView again = tasks.forLead(key).stream().filter(t -> t.id() == first.next().id()).findFirst().orElseThrow();
        assertThat(again.state()).isEqualTo(TaskState.DONE);
        assertThat(again.closedBy()).isEqualTo("intake");
        assertThat(tasks.history(again.id())).extracting(TaskHistoryEntry::details)
                .anySatisfy(d -> assertThat(d).contains("moved on to Contacted").contains("Contact"));
        assertThat(tasks.forLead(key)).filteredOn(t -> t.state() == TaskState.OPEN).isEmpty();
    }

    @Test
    void closingTheLeadCancelsItsFirstContactCallAndLeavesOtherTasksOpen() throws Exception {
        String key = webInquiry("Kit", "Ash", "(202) 555-0194");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        TaskView other = tasks.create(key, new NewTask("Send the brochure", TaskType.EMAIL,
                Instant.now().plus(Duration.ofDays(1)), null));

        workflow.transition(key, new TransitionRequest("Close", java.util.Map.of("resolution", "Declined"), null, null));

        assertThat(firstContactCall(key).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(tasks.history(firstContactCall(key).id())).extracting(TaskHistoryEntry::details)
                .anySatisfy(d -> assertThat(d).contains("closed"));
        assertThat(tasks.forLead(key)).filteredOn(t -> t.id() == other.id()).extracting(TaskView::state)
                .containsExactly(TaskState.OPEN);
    }

    @Test
    void aWebInquiryGetsAnUnassignedFirstContactCallDueAtTheFirstResponseTarget() throws Exception {
        String key = webInquiry("Wren", "Alder", "(202) 555-0191");

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails lead = leads.get(key);
        TaskView call = firstContactCall(key);
        assertThat(call.type()).isEqualTo(TaskType.CALL);
        assertThat(call.assignee()).isNull();
        assertThat(call.dueAt()).isEqualTo(lead.serviceLevels().firstResponseDueAt());
        assertThat(tasks.myWork(200)).satisfies(w -> assertThat(
                concat(w.overdue(), w.dueToday(), w.upcoming())).extracting(TaskView::id).as("the intake team's pool")
                        .contains(call.id()));
    }

    @Test
    void aWebInquirysFirstContactCallIsStoredInTheTransactionThatStoresTheLead() {
        AtomicReference<String> key = new AtomicReference<>();
        AtomicReference<Integer> callsWhenCommitted = new AtomicReference<>();
        tx.executeWithoutResult(status -> {
            key.set(intake.createLead(intake.check(Leads.form("Wren", "Alder", Leads.phoneOfItsOwn().e164(), null)),
                    intake.newReference()));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // Right after the commit, before anything runs after it: what a crash here would leave.
                    callsWhenCommitted.set(jdbc.queryForObject(
                            "select count(*) from task where item_key = ? and origin = 'first contact'",
                            Integer.class, key.get()));
                }
            });
        });
        assertThat(callsWhenCommitted.get()).as("the call committed with its lead").isEqualTo(1);

        tx.executeWithoutResult(status -> {
            key.set(intake.createLead(intake.check(Leads.form("Rowan", "Alder", Leads.phoneOfItsOwn().e164(), null)),
                    intake.newReference()));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from task where item_key = ?", Integer.class, key.get()))
                .as("a lead that was rolled back leaves no call").isZero();
    }

    private static List<TaskView> concat(List<TaskView> a, List<TaskView> b, List<TaskView> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    @Test
    void theTargetsFollowTheLeadFirstContactThenConsultationThenNone() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails lead = leads.create(Leads.form("Wren", "Alder", "+12025550192", null));
        Instant created = lead.createdAt();
        assertThat(lead.serviceLevels().firstResponseDueAt()).isEqualTo(levels.firstResponseDue(
                workflow.get(lead.key()).createdAt()));
        assertThat(lead.serviceLevels().nextDueAt()).isEqualTo(lead.serviceLevels().firstResponseDueAt());
        assertThat(lead.serviceLevels().nextTarget()).isEqualTo("first response");
        assertThat(leads.awaitingFirstContact(200)).extracting(s -> s.key()).contains(lead.key());

        workflow.transition(lead.key(), TransitionRequest.of("Contact"));
        var afterContact = leads.get(lead.key()).serviceLevels();
        assertThat(afterContact.firstContactAt()).isNotNull();
        assertThat(afterContact.nextDueAt()).isEqualTo(afterContact.consultationDueAt());
        assertThat(afterContact.nextTarget()).isEqualTo("consultation");
        assertThat(leads.awaitingFirstContact(200)).extracting(s -> s.key()).doesNotContain(lead.key());

        workflow.transition(lead.key(), TransitionRequest.of("Schedule consultation"));
        var booked = leads.get(lead.key()).serviceLevels();
        assertThat(booked.consultationAt()).isNotNull();
        assertThat(booked.nextDueAt()).isNull();
        assertThat(created).isNotNull();
    }

    @Test
    void aMissedTargetIsAnnouncedOnceToTheCoordinatorAndTheManagers() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails lead = leads.create(coordinated());
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofHours(5)));
        jdbc.update("update lead set first_response_due_at = ?, sla_due_at = ? where item_key = ?", past, past,
                lead.key());
        SignedIn.out();

        breaches.announce();
        breaches.announce();

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        assertThat(notices.mine(100)).filteredOn(n -> lead.key().equals(n.leadKey())).singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo(lead.key() + " missed its first-response target."));
        SignedIn.as("manager", "MANAGER");
        assertThat(notices.mine(100)).filteredOn(n -> lead.key().equals(n.leadKey())).hasSize(1);
        Notice notice = notices.mine(100).stream().filter(n -> lead.key().equals(n.leadKey())).findFirst().orElseThrow();
        notices.markRead(notice.id());
        assertThat(notices.mine(100)).filteredOn(n -> lead.key().equals(n.leadKey())).isEmpty();
    }

    private static com.pathway.clinic.LeadForm coordinated() {
        var f = Leads.form("Wren", "Alder", "+12025550193", null);
        return new com.pathway.clinic.LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(),
                f.phone(), f.altPhone(), f.email(), f.preferredContact(), f.preferredContactTime(), f.source(),
                f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(),
                f.payer(), f.selfPay(), f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(),
                f.priority(), "intake", f.clinician(), f.message());
    }
}
