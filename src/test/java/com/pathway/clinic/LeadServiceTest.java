package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

@WorkflowTest
class LeadServiceTest {

    @Autowired
    ScreeningService screenings;
    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private long audits(String action, String key) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?", Long.class,
                action, key);
    }

    @Test
    void createsALeadAsAWorkItemInNewInquiryWithThePhoneInE164() {
        LeadDetails lead = leads.create(Leads.form("Avery", "Quill", "(202) 555-0143", "Avery.Quill@example.org"));

        assertThat(lead.key()).startsWith("PW-");
        assertThat(lead.status()).isEqualTo("New inquiry");
        assertThat(lead.phone()).isEqualTo("+12025550143");
        assertThat(lead.email()).isEqualTo("Avery.Quill@example.org");
        assertThat(lead.form().conditionOfInterest()).isEqualTo("depression");
        assertThat(lead.tags()).containsExactly("vip");
        assertThat(lead.inquiryReference()).startsWith("INQ-");
        assertThat(workflow.get(lead.key()).type()).isEqualTo("LEAD");
        assertThat(audits("LEAD_CREATED", lead.key())).isOne();
    }

    @Test
    void aLeadSaysSinceWhenItIsInItsStatusAndThatStatusesOverdueLimitFromThePublishedWorkflow() {
        LeadDetails lead = leads.create(Leads.form("Rowan", "Ellery", "(202) 555-0144", null));
        Instant entered = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update lead set status_changed_at = ? where item_key = ?", Timestamp.from(entered), lead.key());

        StatusAge age = leads.get(lead.key()).statusAge();
        assertThat(age.since()).isEqualTo(entered);
        assertThat(age.limit()).as("New inquiry's \"overdue: 1d\"").isEqualTo(Duration.ofDays(1));
        assertThat(age.at()).isAfterOrEqualTo(entered.plus(Duration.ofDays(5)));
        assertThat(age.overdueBy().map(StatusAge::words)).contains("4 days");

        workflow.transition(lead.key(), TransitionRequest.of("Contact"));
        StatusAge contacted = leads.get(lead.key()).statusAge();
        assertThat(contacted.limit()).as("Contacted's \"overdue: 3d\"").isEqualTo(Duration.ofDays(3));
        assertThat(contacted.since()).isAfter(entered);
        assertThat(contacted.isOverdue()).isFalse();

        workflow.transition(lead.key(), new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));
        assertThat(leads.get(lead.key()).statusAge().limit()).as("a done status has no limit").isNull();
    }

    @Test
    void reportsEveryInvalidFieldAndStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from lead", Long.class);
        long items = jdbc.queryForObject("select count(*) from wf_item", Long.class);
        LeadForm bad = new LeadForm("", "x".repeat(101), null, java.time.LocalDate.now().plusDays(2), "12", null,
                "not-an-email", null, null, null, null, null, null, 999_999L, "flu", null, false, null, null, null,
                null, List.of("a,b"), null, null, null, null);

        assertThatThrownBy(() -> leads.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("firstName", "lastName", "dateOfBirth", "phone",
                        "email", "source", "referrerId", "conditionOfInterest", "tags"));
        assertThat(jdbc.queryForObject("select count(*) from lead", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from wf_item", Long.class)).isEqualTo(items);
    }

    @Test
    void onlyCoordinatorsAndManagersCreateLeads() {
        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> leads.create(Leads.form("Blake", "Rowan", "+12025550144", null)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> leads.get("PW-1")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("manager", "MANAGER");
        assertThat(leads.create(Leads.form("Blake", "Rowan", "+12025550144", null)).status()).isEqualTo("New inquiry");
    }

    @Test
    void everyReadOfALeadIsAudited() {
        LeadDetails lead = leads.create(Leads.form("Casey", "Marsh", "+12025550145", null));

        leads.get(lead.key());
        leads.get(lead.key());

        assertThat(audits("LEAD_VIEWED", lead.key())).isEqualTo(2);
    }

    @Test
    void savesChangesAndRefusesAStaleVersion() {
        LeadDetails lead = leads.create(Leads.form("Dana", "Holt", "+12025550146", null));
        LeadForm changed = Leads.form("Dana", "Holt-Price", "+12025550146", "dana@example.org");

        LeadDetails saved = leads.update(lead.key(), changed, lead.version());

        assertThat(saved.lastName()).isEqualTo("Holt-Price");
        assertThat(saved.version()).isEqualTo(lead.version() + 1);
        assertThat(audits("LEAD_UPDATED", lead.key())).isOne();
        assertThatThrownBy(() -> leads.update(lead.key(), changed, lead.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
    }

    private static LeadForm with(LeadForm f, String preferredName, String phone, String payer) {
        return new LeadForm(f.firstName(), f.lastName(), preferredName, f.dateOfBirth(), phone, f.altPhone(),
                f.email(), f.preferredContact(), f.preferredContactTime(), f.source(), f.campaignSource(),
                f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(), payer, f.selfPay(),
                f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(), f.priority(),
                f.coordinator(), f.clinician(), f.message());
    }

    @Test
    void savingMineOverTheirsOverwritesOnlyTheFieldsIChangedAndTheirPayerStays() {
        LeadDetails opened = leads.create(Leads.form("Harper", "Vance", "+12025550149", "harper@example.org"));
        LeadForm start = opened.form();
        // Someone else records the payer meanwhile.
        LeadDetails theirs = leads.update(opened.key(),
                LeadEdit.between(start, with(start, null, start.phone(), "Cigna"), opened.version()));
        LeadEdit mine = LeadEdit.between(start, with(start, "Harry", "(202) 555-0150", ""), opened.version());
        assertThat(mine.fields()).as("a blank payer is no change from none").containsExactly("preferredName", "phone");

        assertThatThrownBy(() -> leads.update(opened.key(), mine)).isInstanceOf(ConflictException.class);
        EditConflict conflict = leads.conflict(opened.key(), start, mine);
        assertThat(conflict.theirs().version()).isEqualTo(theirs.version());
        assertThat(conflict.fields()).containsExactly(
                new EditConflict.Field("preferredName", "Preferred name", "", "", "Harry", false, true),
                new EditConflict.Field("phone", "Phone", "+12025550149", "+12025550149", "(202) 555-0150", false, true),
                new EditConflict.Field("payer", "Payer", "", "Cigna", "", true, false));

        LeadDetails saved = leads.update(opened.key(), new LeadEdit(conflict.theirs().version(), mine.fields(),
                mine.values()));

        assertThat(saved.form()).isEqualTo(with(start, "Harry", "+12025550150", "Cigna"));
        assertThat(leads.get(opened.key()).form()).isEqualTo(saved.form());
    }

    @Test
    void whereBothChangedAFieldMineWinsAndAnUnknownFieldIsRefused() {
        LeadDetails opened = leads.create(Leads.form("Indra", "Vance", "+12025550151", null));
        LeadForm start = opened.form();
        LeadDetails theirs = leads.update(opened.key(),
                LeadEdit.between(start, with(start, "Indy", start.phone(), "Cigna"), opened.version()));
        LeadEdit mine = LeadEdit.between(start, with(start, "Dra", start.phone(), null), opened.version());

        assertThat(leads.conflict(opened.key(), start, mine).fields()).containsExactly(
                new EditConflict.Field("preferredName", "Preferred name", "", "Indy", "Dra", true, true),
                new EditConflict.Field("payer", "Payer", "", "Cigna", "", true, false));
        assertThat(leads.update(opened.key(), new LeadEdit(theirs.version(), mine.fields(), mine.values())).form())
                .isEqualTo(with(start, "Dra", start.phone(), "Cigna"));
        assertThatThrownBy(() -> leads.update(opened.key(), new LeadEdit(theirs.version() + 1, List.of("ssn"),
                start))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyCoordinatorsAndManagersSaveEditsOrReadAConflict() {
        LeadDetails lead = leads.create(Leads.form("Jael", "Vance", "+12025550152", null));
        LeadEdit edit = LeadEdit.between(lead.form(), with(lead.form(), "J", lead.phone(), null), lead.version());
        SignedIn.as("clinician", "CLINICIAN");

        assertThatThrownBy(() -> leads.update(lead.key(), edit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leads.conflict(lead.key(), lead.form(), edit))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchesByNamePhoneEmailKeyAndStatus() {
        Leads.Phone phone = Leads.phoneOfItsOwn();
        LeadDetails emery = leads.create(Leads.form("Emery", "Zephyrine", phone.e164(), "emery.z@example.org"));
        LeadDetails other = leads.create(Leads.form("Finley", "Zephyrine", "+12025550148", null));
        workflow.transition(other.key(), TransitionRequest.of("Contact"));

        assertThat(keys(LeadFilter.text("emery zeph"))).containsExactly(emery.key());
        assertThat(keys(LeadFilter.text(phone.dashed()))).containsExactly(emery.key());
        assertThat(keys(LeadFilter.text("EMERY.Z@"))).containsExactly(emery.key());
        assertThat(keys(LeadFilter.text(other.key().toLowerCase()))).containsExactly(other.key());
        assertThat(keys(new LeadFilter("Contacted", null, null, null, null, null, null, null, "finley")))
                .containsExactly(other.key());
        assertThat(keys(new LeadFilter("New inquiry", null, null, null, null, null, null, null, "finley"))).isEmpty();
    }

    @Test
    void cliniciansSeeOnlyLeadsInClinicalStagesOrAssignedToThem() {
        LeadForm assigned = new LeadForm("Gale", "Ostrander", null, null, "+12025550149", null, null, null, null,
                LeadSource.REFERRAL, null, null, null, null, null, null, false, null, null, null, null, List.of(),
                LeadPriority.HIGH, null, "clinician", null);
        LeadDetails mine = leads.create(assigned);
        LeadDetails notMine = leads.create(Leads.form("Harper", "Ostrander", "+12025550150", null));

        SignedIn.as("clinician", "CLINICIAN");
        assertThat(keys(LeadFilter.text("ostrander"))).containsExactly(mine.key());
        assertThat(leads.get(mine.key()).firstName()).isEqualTo("Gale");
        assertThatThrownBy(() -> leads.get(notMine.key())).isInstanceOf(NotFoundException.class);
    }

    private LeadDetails screened(String last, String outcome) {
        LeadDetails lead = leads.create(Leads.form("Sasha", last, null, last.toLowerCase() + "@example.org"));
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held", "Start screening")) {
            workflow.transition(lead.key(), TransitionRequest.of(t));
        }
        SignedIn.as("clinician", "CLINICIAN");
        ScreeningSteps.screen(screenings, lead.key(), outcome, java.time.Instant.parse("2026-02-01T15:00:00Z"));
        LeadDetails after = leads.get(lead.key());
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        return after;
    }

    @Test
    void nonCliniciansLearnThatTheScreeningIsCompleteAndWhenButNotItsOutcome() {
        LeadDetails recorded = screened("Ivanova", "contraindicated");
        assertThat(recorded.screeningOutcome()).isEqualTo("Contraindicated");
        assertThat(recorded.screeningRecordedAt()).isNotNull();

        for (String role : List.of("INTAKE_COORDINATOR", "MANAGER")) {
            SignedIn.as(role.toLowerCase(), role);
            LeadDetails seen = leads.get(recorded.key());
            assertThat(seen.screeningOutcome()).as(role).isNull();
            assertThat(seen.screeningComplete()).isTrue();
            assertThat(seen.screeningRecordedAt()).isEqualTo(recorded.screeningRecordedAt());
            assertThat(seen.treatmentConsentAt()).isEqualTo(java.time.Instant.parse("2026-02-01T15:00:00Z"));
            LeadDetails saved = leads.update(seen.key(), seen.form(), seen.version());
            assertThat(saved.screeningOutcome()).as("%s saving", role).isNull();
        }
        SignedIn.as("clinician", "CLINICIAN");
        assertThat(leads.get(recorded.key()).screeningOutcome()).isEqualTo("Contraindicated");
    }

    @Test
    void aLeadNotYetScreenedSaysSo() {
        LeadDetails lead = leads.create(Leads.form("Noor", "Haddad", null, "noor.haddad@example.org"));

        assertThat(lead.screeningComplete()).isFalse();
        assertThat(lead.screeningRecordedAt()).isNull();
    }

    @Test
    void theAuditTrailRecordsThatAScreeningWasRecordedNotItsOutcome() {
        LeadDetails lead = screened("Lindqvist", "Contraindicated");

        List<String> details = jdbc.queryForList("select details from audit_entry where entity_id = ? and details"
                + " is not null", String.class, lead.key());
        assertThat(jdbc.queryForList("select action from audit_entry where entity_id = ?", String.class, lead.key()))
                .contains("SCREENING_SIGNED", "TREATMENT_CONSENT_RECORDED");
        assertThat(details).noneMatch(d -> d.toLowerCase().contains("contraindicated"))
                .noneMatch(d -> d.contains("YES"));
    }

    @Test
    void aListAuditsEveryKeyItShowsNotOnlyTheFirstFifty() {
        String last = "Listed" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 60; i++) {
            leads.create(LeadForm.of("L" + i, last, null, "l" + i + "." + last + "@example.org", LeadSource.WALK_IN));
        }

        List<String> shown = leads.list(LeadFilter.text(last), PageRequest.of(0, 200)).getContent().stream()
                .map(LeadSummary::key).toList();

        assertThat(shown).hasSize(60);
        String audited = jdbc.queryForObject("select details from audit_entry where action = 'LEADS_LISTED' and actor"
                + " = 'intake' order by id desc limit 1", String.class);
        assertThat(audited).contains("\"shown\":60");
        assertThat(keysIn(audited)).containsExactlyElementsOf(shown);
    }

    static List<String> keysIn(String details) {
        String keys = com.jayway.jsonpath.JsonPath.read(details, "$.keys");
        return keys.isEmpty() ? List.of() : List.of(keys.split(","));
    }

    private List<String> keys(LeadFilter filter) {
        Page<LeadSummary> page = leads.search(filter, PageRequest.of(0, 20, Sort.by("createdAt")));
        return page.getContent().stream().map(LeadSummary::key).toList();
    }
}
