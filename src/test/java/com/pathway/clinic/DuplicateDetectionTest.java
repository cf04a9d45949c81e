package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

@WorkflowTest
class DuplicateDetectionTest {

    @Autowired
    LeadService leads;

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

    private static DuplicateProbe probe(String first, String last, LocalDate birth, String phone, String email) {
        return new DuplicateProbe(first, last, birth, phone, null, email, null);
    }

    private LeadDetails lead(String first, String last, LocalDate birth, String phone, String email) {
        LeadForm base = Leads.form(first, last, phone, email);
        return leads.create(new LeadForm(base.firstName(), base.lastName(), null, birth, base.phone(), null,
                base.email(), base.preferredContact(), null, base.source(), null, null, null, null,
                base.conditionOfInterest(), null, true, base.phoneConsent(), null, null, base.privacyNotice(),
                List.of(), LeadPriority.NORMAL, null, null, null));
    }

    @Test
    void findsTheSamePhoneHoweverItIsWritten() {
        Leads.Phone phone = Leads.phoneOfItsOwn();
        LeadDetails existing = lead("Rowan", "Thistlewood", null, phone.international(), null);

        List<DuplicateCandidate> found = leads.possibleDuplicates(probe("Someone", "Else", null, phone.national(), null), 10);

        assertThat(found).extracting(DuplicateCandidate::key).containsExactly(existing.key());
        assertThat(found.getFirst().reasons()).containsExactly(DuplicateReason.SAME_PHONE);
    }

    @Test
    void findsTheSameEmailInAnyCase() {
        LeadDetails existing = lead("Rowan", "Brackenridge", null, null, "rowan.brackenridge@example.org");

        List<DuplicateCandidate> found = leads.possibleDuplicates(
                probe(null, null, null, null, " Rowan.Brackenridge@EXAMPLE.org "), 10);

        assertThat(found).extracting(DuplicateCandidate::key).containsExactly(existing.key());
        assertThat(found.getFirst().reasons()).containsExactly(DuplicateReason.SAME_EMAIL);
    }

    @Test
    void findsASimilarNameOnlyWithTheSameDateOfBirth() {
        LocalDate birth = LocalDate.of(1971, 3, 9);
        LeadDetails existing = lead("Katherine", "Featherstonehaugh", birth, null, "k.f.1971@example.org");
        lead("Katherine", "Featherstonehaugh", birth.plusDays(1), null, "other.kf@example.org");

        List<DuplicateCandidate> found = leads.possibleDuplicates(
                probe("Katharine", "Featherstonhaugh", birth, null, null), 10);

        assertThat(found).extracting(DuplicateCandidate::key).containsExactly(existing.key());
        assertThat(found.getFirst().reasons()).containsExactly(DuplicateReason.SIMILAR_NAME_SAME_BIRTH_DATE);
        assertThat(leads.possibleDuplicates(probe("Priya", "Featherstonehaugh", birth, null, null), 10)).isEmpty();
    }

    @Test
    void listsLeadsWithMoreReasonsFirstAndLeavesOutTheLeadItself() {
        LocalDate birth = LocalDate.of(1988, 11, 30);
        Leads.Phone phone = Leads.phoneOfItsOwn();
        LeadDetails phoneOnly = lead("Ines", "Quarrington", null, phone.dashed(), null);
        LeadDetails both = lead("Ines", "Quarrington", birth, phone.dashed(), "ines.q@example.org");

        List<DuplicateCandidate> found = leads.possibleDuplicates(
                probe("Ines", "Quarrington", birth, phone.digits(), "ines.q@example.org"), 10);

        assertThat(found).extracting(DuplicateCandidate::key).containsExactly(both.key(), phoneOnly.key());
        assertThat(found.getFirst().reasons()).containsExactlyInAnyOrder(DuplicateReason.SAME_PHONE,
                DuplicateReason.SAME_EMAIL, DuplicateReason.SIMILAR_NAME_SAME_BIRTH_DATE);
        assertThat(leads.possibleDuplicates(new DuplicateProbe("Ines", "Quarrington", birth, phone.digits(), null,
                "ines.q@example.org", both.key()), 10)).extracting(DuplicateCandidate::key)
                .containsExactly(phoneOnly.key());
    }

    @Test
    void incompleteInputFindsNothingAndShowsNothing() {
        lead("Tamsin", "Oakenshaw", null, "202-555-0188", "tamsin@example.org");

        assertThat(leads.possibleDuplicates(probe("Tamsin", "Oakenshaw", null, "202-55", "tamsin@"), 10)).isEmpty();
        assertThat(leads.possibleDuplicates(probe(null, null, null, null, null), 10)).isEmpty();
    }

    @Test
    void candidatesShownAreAudited() {
        LeadDetails existing = lead("Ottilie", "Grimsditch", null, "202-555-0190", null);

        leads.possibleDuplicates(probe(null, null, null, "202-555-0190", null), 10);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEADS_LISTED'"
                + " and details like ?", Long.class, "%" + existing.key() + "%")).isPositive();
    }

    @Test
    void refusesABadLimitAndUnknownRoles() {
        assertThatThrownBy(() -> leads.possibleDuplicates(probe(null, null, null, null, null), 0))
                .isInstanceOf(InvalidInputException.class);
        SignedIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> leads.possibleDuplicates(probe(null, null, null, null, null), 5))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cliniciansFindOnlyLeadsTheyMaySee() {
        Leads.Phone phone = Leads.phoneOfItsOwn();
        lead("Bramwell", "Ashcombe", null, phone.dashed(), null);

        SignedIn.as("clinician", "CLINICIAN");

        assertThat(leads.possibleDuplicates(probe(null, null, null, phone.dashed(), null), 10)).isEmpty();
    }
}
