package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** Merging a duplicate lead into the lead that survives, and every way a merge is refused. */
@WorkflowTest
class LeadMergeServiceTest {

    @Autowired
    LeadMergeService merges;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    LeadDetails survivor;
    LeadDetails duplicate;

    @BeforeEach
    void twoLeadsOfOnePerson() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        survivor = leads.create(Leads.form("Jo", "Marsh", "+12025550160", null));
        duplicate = leads.create(Leads.form("Joanna", "Marsh", "+12025550161", "joanna.marsh@example.org"));
        workflow.transition(survivor.key(), TransitionRequest.of("Contact"));
        survivor = leads.get(survivor.key());
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private long audits(String action, String key) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?", Long.class,
                action, key);
    }

    private MergeRequest request(Set<String> fromDuplicate) {
        return new MergeRequest(survivor.key(), survivor.version(), duplicate.key(), duplicate.version(), fromDuplicate);
    }

    private static final Instant JAN = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-02T15:30:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T09:15:00Z");

    /** An older lead with everything filled in, as a coordinator completes it over weeks of calls. */
    private LeadForm complete(long referrer) {
        return new LeadForm("Wren", "Abernathy", "Wrenny", LocalDate.of(1979, 8, 23), "+12025550170", null,
                "wren.a@example.org", ContactMethod.PHONE, "afternoons", LeadSource.REFERRAL, null, null, null,
                referrer, "depression", "Aetna", false, new Consent(JAN, "phone call"), null,
                new Consent(MAR, "e-mail"), new Consent(JAN, "paper form"), List.of("vip", "returning"),
                LeadPriority.HIGH, "intake", "clinician", "Called about a consultation for her son.");
    }

    /** The same person a week later through the web form: little filled in, other consents. */
    private static LeadForm webInquiry() {
        return new LeadForm("Wren", "Abernathy", null, null, "+12025550170", "+12025550171", "wren.new@example.org",
                null, null, LeadSource.WEB_FORM, "google", "cpc", "winter", null, null, null, false,
                new Consent(DEC, "web form"), new Consent(DEC, "web form"), null, null, List.of(),
                LeadPriority.NORMAL, null, null, "Please call me back.");
    }

    private LeadDetails[] olderCompleteAndNewerInquiry() {
        long referrer = leads.createReferrer("Dr. Ada Quill", "Quill Family Practice");
        LeadDetails older = leads.create(complete(referrer));
        LeadDetails newer = leads.create(webInquiry());
        return new LeadDetails[] {older, newer};
    }

    @Test
    void aDefaultMergeOfANewerInquiryIntoAnOlderCompleteLeadKeepsEveryValueAndFillsOnlyTheGaps() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();
        long referrer = l[0].form().referrerId();

        LeadDetails merged = merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(), l[1].version(),
                Set.of(), Set.of()));

        assertThat(merged.form()).isEqualTo(new LeadForm("Wren", "Abernathy", "Wrenny", LocalDate.of(1979, 8, 23),
                "+12025550170", "+12025550171", "wren.a@example.org", ContactMethod.PHONE, "afternoons",
                LeadSource.REFERRAL, "google", "cpc", "winter", referrer, "depression", "Aetna", false,
                new Consent(JAN, "phone call"), new Consent(DEC, "web form"), new Consent(MAR, "e-mail"),
                new Consent(JAN, "paper form"), List.of("vip", "returning"), LeadPriority.HIGH, "intake", "clinician",
                "Called about a consultation for her son."));
        assertThat(leads.get(l[0].key()).form()).as("as stored").isEqualTo(merged.form());
        assertThat(leads.get(l[1].key()).form()).as("the duplicate keeps its own data").isEqualTo(l[1].form());
        assertThat(workflow.fieldChanges(l[0].key(), PageRequest.of(0, 50)).getContent())
                .extracting(FieldChange::field)
                .containsExactlyInAnyOrder("altPhone", "campaignSource", "campaignMedium", "campaignName", "smsConsent");
    }

    @Test
    void consentsAreCombinedKeepingEachGrantsTimeAndSourceAndAreNeverEmptied() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();

        assertThatThrownBy(() -> merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(),
                l[1].version(), Set.of(), Set.of("phoneConsent", "payer")))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("empty"))
                        .contains("Phone consent cannot be emptied"));
        assertThatThrownBy(() -> merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(),
                l[1].version(), Set.of("emailConsent"), Set.of()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("takeFromDuplicate"))
                        .contains("E-mail consent is empty on " + l[1].key()));
        assertThat(leads.get(l[0].key()).form()).as("nothing half-saved").isEqualTo(l[0].form());

        LeadDetails merged = merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(), l[1].version(),
                Set.of("phoneConsent"), Set.of()));

        assertThat(merged.form().phoneConsent()).as("the grant chosen").isEqualTo(new Consent(DEC, "web form"));
        assertThat(merged.form().smsConsent()).as("only the newer had it").isEqualTo(new Consent(DEC, "web form"));
        assertThat(merged.form().emailConsent()).as("only the older had it").isEqualTo(new Consent(MAR, "e-mail"));
        assertThat(merged.form().privacyNotice()).isEqualTo(new Consent(JAN, "paper form"));
    }

    @Test
    void aFieldIsEmptiedOnlyWhenChosenExplicitlyAndTakingAnEmptyValueIsRefused() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();

        assertThatThrownBy(() -> merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(),
                l[1].version(), Set.of("dateOfBirth", "payer"), Set.of()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("takeFromDuplicate"))
                        .contains("Date of birth, Payer are empty on " + l[1].key()).contains("choose (empty)"));
        assertThatThrownBy(() -> merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(),
                l[1].version(), Set.of("email"), Set.of("email")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(),
                l[1].version(), Set.of(), Set.of("firstName")))).isInstanceOf(InvalidInputException.class);
        assertThat(leads.get(l[1].key()).mergedInto()).isNull();

        LeadDetails merged = merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(), l[1].version(),
                Set.of("email"), Set.of("payer", "altPhone")));

        assertThat(merged.form()).isEqualTo(new LeadForm("Wren", "Abernathy", "Wrenny", LocalDate.of(1979, 8, 23),
                "+12025550170", null, "wren.new@example.org", ContactMethod.PHONE, "afternoons",
                LeadSource.REFERRAL, "google", "cpc", "winter", l[0].form().referrerId(), "depression", null, false,
                new Consent(JAN, "phone call"), new Consent(DEC, "web form"), new Consent(MAR, "e-mail"),
                new Consent(JAN, "paper form"), List.of("vip", "returning"), LeadPriority.HIGH, "intake", "clinician",
                "Called about a consultation for her son."));
        assertThat(jdbc.queryForObject("select details from audit_entry where action = 'LEAD_MERGED' and entity_id = ?",
                String.class, l[0].key())).contains("\"fieldsEmptied\":\"payer\"");
    }

    @Test
    void whenTheNewerLeadSurvivesItKeepsItsValuesAndFillsEveryGapFromTheOlder() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();

        LeadDetails merged = merges.merge(new MergeRequest(l[1].key(), l[1].version(), l[0].key(), l[0].version(),
                Set.of(), Set.of()));

        assertThat(merged.form()).isEqualTo(new LeadForm("Wren", "Abernathy", "Wrenny", LocalDate.of(1979, 8, 23),
                "+12025550170", "+12025550171", "wren.new@example.org", ContactMethod.PHONE, "afternoons",
                LeadSource.WEB_FORM, "google", "cpc", "winter", l[0].form().referrerId(), "depression", "Aetna", false,
                new Consent(DEC, "web form"), new Consent(DEC, "web form"), new Consent(MAR, "e-mail"),
                new Consent(JAN, "paper form"), List.of("vip", "returning"), LeadPriority.NORMAL, "intake",
                "clinician", "Please call me back."));
    }

    @Test
    void aMergedLeadIsNoLongerOfferedAsAPossibleDuplicate() {
        LeadDetails[] l = olderCompleteAndNewerInquiry();
        assertThat(leads.possibleDuplicates(DuplicateProbe.of(l[0].form(), l[0].key()), 50))
                .extracting(DuplicateCandidate::key).contains(l[1].key());

        merges.merge(new MergeRequest(l[0].key(), l[0].version(), l[1].key(), l[1].version(), Set.of()));

        assertThat(leads.possibleDuplicates(DuplicateProbe.of(l[0].form(), l[0].key()), 50))
                .extracting(DuplicateCandidate::key).doesNotContain(l[1].key());
        assertThat(leads.possibleDuplicates(DuplicateProbe.of(l[1].form(), null), 50))
                .extracting(DuplicateCandidate::key).contains(l[0].key()).doesNotContain(l[1].key());
    }

    @Test
    void comparesBothLeadsFieldByField() {
        LeadComparison comparison = merges.compare(survivor.key(), duplicate.key());

        assertThat(comparison.left().key()).isEqualTo(survivor.key());
        assertThat(comparison.differences()).extracting(FieldDifference::field)
                .containsExactly("firstName", "phone", "email");
        assertThat(comparison.differences().get(2)).isEqualTo(
                new FieldDifference("email", "E-mail", "", "joanna.marsh@example.org", true));
        assertThat(comparison.differences().get(0).mayEmpty()).as("a lead always has a first name").isFalse();
    }

    @Test
    void theSurvivorTakesTheChosenValuesAndTheDuplicateIsClosedAsDuplicatePointingToIt() {
        LeadDetails merged = merges.merge(request(Set.of("firstName", "email")));

        assertThat(merged.firstName()).isEqualTo("Joanna");
        assertThat(merged.email()).isEqualTo("joanna.marsh@example.org");
        assertThat(merged.phone()).as("kept").isEqualTo("+12025550160");
        assertThat(merged.status()).isEqualTo("Contacted");
        assertThat(merged.mergedInto()).isNull();
        LeadDetails closed = leads.get(duplicate.key());
        assertThat(closed.status()).isEqualTo("Closed");
        assertThat(closed.resolution()).isEqualTo("Duplicate");
        assertThat(closed.mergedInto()).isEqualTo(survivor.key());
        assertThat(closed.phone()).as("the duplicate keeps its own data").isEqualTo("+12025550161");
        assertThat(workflow.history(duplicate.key(), PageRequest.of(0, 10)).getContent())
                .extracting(HistoryEntry::toStatus).contains("New inquiry", "Closed");
        assertThat(workflow.history(survivor.key(), PageRequest.of(0, 10)).getContent())
                .extracting(HistoryEntry::toStatus).contains("New inquiry", "Contacted");
        assertThat(workflow.fieldChanges(survivor.key(), PageRequest.of(0, 50)).getContent())
                .as("the values taken are in the survivor's changelog")
                .anySatisfy(c -> assertThat(c).extracting(FieldChange::field, FieldChange::newValue)
                        .containsExactly("firstName", "Joanna"))
                .anySatisfy(c -> assertThat(c.field()).isEqualTo("email"));
        assertThat(audits("LEAD_MERGED", survivor.key())).isEqualTo(1);
        assertThat(audits("LEAD_MERGED", duplicate.key())).isEqualTo(1);
    }

    @Test
    void aManagerMayMergeAndAClinicianMayNot() {
        SignedIn.as("clinician", "CLINICIAN");
        assertThatThrownBy(() -> merges.merge(request(Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merges.compare(survivor.key(), duplicate.key()))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as("manager", "MANAGER");
        assertThat(merges.merge(request(Set.of())).key()).isEqualTo(survivor.key());
    }

    @Test
    void aLeadCannotBeMergedWithItself() {
        assertThatThrownBy(() -> merges.merge(new MergeRequest(survivor.key(), survivor.version(), survivor.key(),
                survivor.version(), Set.of()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("with"))
                        .contains("cannot be merged with itself"));
        assertThatThrownBy(() -> merges.compare(survivor.key(), survivor.key()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAlreadyMergedOrClosedLeadIsRefused() {
        merges.merge(request(Set.of()));
        LeadDetails third = leads.create(Leads.form("Jo", "Marsh", "+12025550162", null));

        assertThatThrownBy(() -> merges.merge(new MergeRequest(third.key(), third.version(), duplicate.key(),
                leads.get(duplicate.key()).version(), Set.of()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("duplicate"))
                        .contains("already merged into " + survivor.key()));

        LeadDetails closed = leads.create(Leads.form("Jo", "Marsh", "+12025550163", null));
        workflow.transition(closed.key(), new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));
        assertThatThrownBy(() -> merges.merge(new MergeRequest(closed.key(), leads.get(closed.key()).version(),
                third.key(), third.version(), Set.of()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("survivor"))
                        .contains("is closed (Declined)"));
        assertThat(leads.get(third.key()).status()).isEqualTo("New inquiry");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        leads.update(duplicate.key(), duplicate.form(), duplicate.version());

        assertThatThrownBy(() -> merges.merge(request(Set.of("firstName")))).isInstanceOf(ConflictException.class)
                .hasMessageContaining(duplicate.key() + " was changed by someone else");
        assertThat(leads.get(survivor.key()).firstName()).isEqualTo("Jo");
        assertThat(leads.get(duplicate.key()).status()).isEqualTo("New inquiry");
        assertThat(leads.get(duplicate.key()).mergedInto()).isNull();
        assertThat(audits("LEAD_MERGED", survivor.key())).isZero();
    }

    @Test
    void anUnknownFieldIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> merges.merge(request(Set.of("firstName", "ssn"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("takeFromDuplicate"))
                        .contains("ssn"));
        assertThat(leads.get(duplicate.key()).status()).isEqualTo("New inquiry");
    }
}
