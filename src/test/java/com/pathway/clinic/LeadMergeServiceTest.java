package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void comparesBothLeadsFieldByField() {
        LeadComparison comparison = merges.compare(survivor.key(), duplicate.key());

        assertThat(comparison.left().key()).isEqualTo(survivor.key());
        assertThat(comparison.differences()).extracting(FieldDifference::field)
                .containsExactly("firstName", "phone", "email");
        assertThat(comparison.differences().get(2)).isEqualTo(
                new FieldDifference("email", "E-mail", "", "joanna.marsh@example.org"));
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
