package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.pathway.clinic.BulkAssignment.Outcome;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

@IntegrationTest
@RecordApplicationEvents
class LeadAssignmentServiceTest {

    @Autowired
    LeadAssignmentService assignments;
    @Autowired
    LeadService leads;
    @Autowired
    LeadTimeline timeline;
    @Autowired
    WorkflowService workflow;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    /** A word in every user name of this test, so that candidate searches see only this test's people. */
    private final String tag = TestAccounts.uniqueName("asg").replace("-", "");
    private String coordinator;
    private String manager;
    private String clinician;
    private String otherClinician;
    private String admin;

    @BeforeEach
    void people() {
        coordinator = person("coord", Role.INTAKE_COORDINATOR);
        manager = person("boss", Role.MANAGER);
        clinician = person("dana", Role.CLINICIAN);
        otherClinician = person("rey", Role.CLINICIAN);
        admin = person("root", Role.ADMIN);
        accounts.signIn(coordinator);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private String person(String name, Role... roles) {
        String username = name + "." + tag;
        accounts.create(username, roles);
        return username;
    }

    private String name(String username) {
        return "Test " + username;
    }

    private LeadDetails newLead() {
        return leads.create(Leads.form("Quinn", "Ashby", "(202) 555-" + (1000 + (int) (Math.random() * 8999)), null));
    }

    /** A lead in a clinical status, which every clinician may read. */
    private LeadDetails clinicalLead() {
        LeadDetails lead = newLead();
        for (String transition : List.of("Contact", "Schedule consultation", "Consultation held")) {
            workflow.transition(lead.key(), TransitionRequest.of(transition));
        }
        return leads.get(lead.key());
    }

    private long audits(String action, String key) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?", Long.class,
                action, key);
    }

    private long deniedReads(String key) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED' and entity_id = ?"
                + " and outcome = 'DENIED'", Long.class, key);
    }

    private List<FieldChange> changes(String key) {
        return workflow.fieldChanges(key, PageRequest.of(0, 50)).getContent();
    }

    @Test
    void aCoordinatorAssignsAClinicianWhichTheEngineTheChangelogTheTimelineTheAuditAndAnEventAllTell() {
        LeadDetails lead = newLead();

        LeadAssignees after = assignments.assign(lead.key(), AssignmentField.CLINICIAN, clinician, lead.version());

        assertThat(after.clinician()).isEqualTo(new Assignee(clinician, name(clinician), true));
        assertThat(after.coordinator()).isNull();
        assertThat(after.version()).isEqualTo(lead.version() + 1);
        assertThat(leads.get(lead.key()).form().clinician()).isEqualTo(clinician);
        assertThat(workflow.userFields(lead.key())).containsEntry("clinician", clinician);
        assertThat(changes(lead.key())).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("clinician");
            assertThat(c.oldValue()).isNull();
            assertThat(c.newValue()).isEqualTo(clinician);
            assertThat(c.actor()).isEqualTo(coordinator);
        });
        TimelineEntry entry = timeline.newest(lead.key(), 10).entries().get(0);
        assertThat(entry.title()).isEqualTo("Assigned to " + name(clinician) + " (clinician)");
        assertThat(entry.details()).containsExactly("Clinician: (none) → " + name(clinician));
        assertThat(entry.actor()).isEqualTo(coordinator);
        assertThat(entry.kind()).isEqualTo("assignment");
        assertThat(audits("LEAD_ASSIGNED", lead.key())).isOne();
        assertThat(events.stream(LeadAssigned.class).filter(e -> e.key().equals(lead.key())))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("clinician");
                    assertThat(e.previous()).isNull();
                    assertThat(e.username()).isEqualTo(clinician);
                    assertThat(e.actor()).isEqualTo(coordinator);
                });
    }

    @Test
    void theAssignedClinicianMayThenReadTheLeadOutsideTheClinicalStages() {
        LeadDetails lead = newLead();
        accounts.signIn(clinician);
        assertThatThrownBy(() -> leads.get(lead.key())).isInstanceOf(NotFoundException.class);

        accounts.signIn(coordinator);
        assignments.assign(lead.key(), AssignmentField.CLINICIAN, clinician, null);

        accounts.signIn(clinician);
        assertThat(leads.get(lead.key()).key()).isEqualTo(lead.key());
    }

    @Test
    void reassigningAndClearingAreChangesTooAndAssigningTheSamePersonChangesNothing() {
        LeadDetails lead = newLead();
        assignments.assign(lead.key(), AssignmentField.CLINICIAN, clinician, null);
        LeadAssignees same = assignments.assign(lead.key(), AssignmentField.CLINICIAN, clinician.toUpperCase(), null);
        assertThat(changes(lead.key())).hasSize(1);

        assignments.assign(lead.key(), AssignmentField.CLINICIAN, otherClinician, same.version());
        LeadAssignees cleared = assignments.assign(lead.key(), AssignmentField.CLINICIAN, " ", null);

        assertThat(cleared.clinician()).isNull();
        assertThat(workflow.userFields(lead.key())).doesNotContainKey("clinician");
        assertThat(timeline.newest(lead.key(), 10).entries()).extracting(TimelineEntry::title).startsWith(
                "Clinician unassigned", "Assigned to " + name(otherClinician) + " (clinician)",
                "Assigned to " + name(clinician) + " (clinician)");
        assertThat(timeline.newest(lead.key(), 1).entries().get(0).details())
                .containsExactly("Clinician: " + name(otherClinician) + " → (none)");
        assertThat(audits("LEAD_ASSIGNED", lead.key())).isEqualTo(3);
    }

    @Test
    void assignToMeTakesTheFieldTheRoleFits() {
        LeadDetails lead = clinicalLead();

        assertThat(assignments.assignToMe(lead.key(), AssignmentField.COORDINATOR, null).coordinator().username())
                .isEqualTo(coordinator);
        accounts.signIn(manager);
        assertThat(assignments.assignToMe(lead.key(), AssignmentField.COORDINATOR, null).coordinator().username())
                .as("managers take leads themselves as coordinator").isEqualTo(manager);
        accounts.signIn(clinician);
        LeadAssignees mine = assignments.assignToMe(lead.key(), AssignmentField.CLINICIAN, null);
        assertThat(mine.clinician().username()).isEqualTo(clinician);
        assertThat(changes(lead.key())).extracting(FieldChange::actor).containsExactly(coordinator, manager,
                clinician);
    }

    @Test
    void aRoleTakesOnlyTheFieldItFits() {
        LeadDetails lead = clinicalLead();

        assertThatThrownBy(() -> assignments.assignToMe(lead.key(), AssignmentField.CLINICIAN, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("field", "Only a clinician can be a lead's clinician."));
        accounts.signIn(clinician);
        assertThatThrownBy(() -> assignments.assignToMe(lead.key(), AssignmentField.COORDINATOR, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("field", "Only an intake coordinator or a manager can be a lead's coordinator."));
        assertThat(changes(lead.key())).isEmpty();
    }

    @Test
    void whoMayCallWhat() {
        LeadDetails lead = clinicalLead();

        accounts.signIn(clinician);
        assertThatThrownBy(() -> assignments.assign(lead.key(), AssignmentField.CLINICIAN, otherClinician, null))
                .as("clinicians take leads themselves but do not assign others").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.candidates(AssignmentField.CLINICIAN, "", 5))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn(admin);
        assertThatThrownBy(() -> assignments.assignToMe(lead.key(), AssignmentField.COORDINATOR, null))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn(coordinator);
        assertThatThrownBy(() -> assignments.assignMany(List.of(lead.key()), AssignmentField.CLINICIAN, clinician))
                .as("only managers reassign many at once").isInstanceOf(AccessDeniedException.class);
        assertThat(changes(lead.key())).isEmpty();
    }

    @Test
    void aClinicianCannotTakeALeadTheyMayNotReadAndTheRefusalIsAudited() {
        LeadDetails lead = newLead();
        accounts.signIn(clinician);

        assertThatThrownBy(() -> assignments.assignToMe(lead.key(), AssignmentField.CLINICIAN, null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("There is no item " + lead.key());

        assertThat(deniedReads(lead.key())).isOne();
        accounts.signIn(coordinator);
        assertThat(changes(lead.key())).isEmpty();
    }

    @Test
    void refusesUnknownDeactivatedAndWrongRolePeopleWithAClearMessageAndChangesNothing() {
        LeadDetails lead = newLead();
        String gone = person("gone", Role.CLINICIAN);
        jdbc.update("update app_user set active = false where username = ?", gone);

        assertThatThrownBy(() -> assignments.assign(lead.key(), AssignmentField.CLINICIAN, "nobody." + tag, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "username", "There is no user \u201Cnobody." + tag + "\u201D; choose someone from the list."));
        assertThatThrownBy(() -> assignments.assign(lead.key(), AssignmentField.CLINICIAN, gone, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "username", name(gone) + "\u2019s account is deactivated; choose someone whose account is active."));
        assertThatThrownBy(() -> assignments.assign(lead.key(), AssignmentField.CLINICIAN, coordinator, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "username", name(coordinator) + " is not a clinician, so cannot be a lead's clinician."));
        assertThatThrownBy(() -> assignments.assign(lead.key(), AssignmentField.COORDINATOR, admin, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "username", name(admin) + " is not an intake coordinator or a manager, so cannot be a lead's"
                                + " coordinator."));
        assertThatThrownBy(() -> assignments.assign(lead.key(), null, clinician, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose coordinator or clinician.");

        assertThat(leads.get(lead.key()).version()).isEqualTo(lead.version());
        assertThat(changes(lead.key())).isEmpty();
        assertThat(audits("LEAD_ASSIGNED", lead.key())).isZero();
    }

    @Test
    void aLeadChangedMeanwhileIsNotAssignedOverTheOtherChange() {
        LeadDetails lead = newLead();
        accounts.signIn(manager);
        assignments.assign(lead.key(), AssignmentField.CLINICIAN, otherClinician, lead.version());

        accounts.signIn(coordinator);
        assertThatThrownBy(() -> assignments.assign(lead.key(), AssignmentField.CLINICIAN, clinician, lead.version()))
                .isInstanceOf(ConflictException.class)
                .hasMessage(lead.key() + " was changed by someone else meanwhile; reload it and try again.");
        assertThatThrownBy(() -> assignments.assignToMe(lead.key(), AssignmentField.COORDINATOR, lead.version()))
                .isInstanceOf(ConflictException.class);

        assertThat(leads.get(lead.key()).form().clinician()).isEqualTo(otherClinician);
        assertThat(leads.get(lead.key()).form().coordinator()).isNull();
    }

    @Test
    void thePickerOffersOnlyActivePeopleWithAFittingRoleFoundByName() {
        String gone = person("gone", Role.CLINICIAN);
        jdbc.update("update app_user set active = false where username = ?", gone);

        assertThat(assignments.candidates(AssignmentField.CLINICIAN, tag, 50)).extracting(Assignee::username)
                .containsExactlyInAnyOrder(clinician, otherClinician);
        assertThat(assignments.candidates(AssignmentField.COORDINATOR, tag, 50)).extracting(Assignee::username)
                .containsExactlyInAnyOrder(coordinator, manager);
        assertThat(assignments.candidates(AssignmentField.CLINICIAN, "DANA." + tag, 50)).extracting(Assignee::displayName)
                .containsExactly(name(clinician));
        assertThat(assignments.candidates(AssignmentField.CLINICIAN, tag, 1)).hasSize(1);
        assertThatThrownBy(() -> assignments.candidates(AssignmentField.CLINICIAN, tag, 51))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aManagerReassignsManyLeadsAfterSeeingLeadByLeadWhatWillChange() {
        LeadDetails unassigned = newLead();
        LeadDetails withOther = newLead();
        LeadDetails already = newLead();
        LeadDetails merged = newLead();
        assignments.assign(withOther.key(), AssignmentField.CLINICIAN, otherClinician, null);
        assignments.assign(already.key(), AssignmentField.CLINICIAN, clinician, null);
        jdbc.update("update lead set merged_into = ? where item_key = ?", unassigned.key(), merged.key());
        List<String> keys = List.of(unassigned.key(), withOther.key(), already.key(), merged.key(), "PW-99999999",
                unassigned.key().toLowerCase());
        accounts.signIn(manager);

        BulkAssignment preview = assignments.previewMany(keys, AssignmentField.CLINICIAN, clinician);

        assertThat(preview.applied()).isFalse();
        assertThat(preview.to().displayName()).isEqualTo(name(clinician));
        assertThat(preview.lines()).extracting(BulkAssignment.Line::key, BulkAssignment.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(unassigned.key(), Outcome.CHANGED),
                org.assertj.core.groups.Tuple.tuple(withOther.key(), Outcome.CHANGED),
                org.assertj.core.groups.Tuple.tuple(already.key(), Outcome.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple(merged.key(), Outcome.REFUSED),
                org.assertj.core.groups.Tuple.tuple("PW-99999999", Outcome.REFUSED));
        assertThat(preview.lines().get(1).from().displayName()).isEqualTo(name(otherClinician));
        assertThat(preview.lines(Outcome.REFUSED)).extracting(BulkAssignment.Line::reason).containsExactly(
                "This lead was merged into " + unassigned.key() + "; assign " + unassigned.key() + " instead.",
                "There is no item PW-99999999.");
        assertThat(leads.get(unassigned.key()).form().clinician()).as("a preview changes nothing").isNull();

        BulkAssignment done = assignments.assignMany(keys, AssignmentField.CLINICIAN, clinician);

        assertThat(done.applied()).isTrue();
        assertThat(done.lines()).extracting(BulkAssignment.Line::outcome).containsExactly(Outcome.CHANGED,
                Outcome.CHANGED, Outcome.UNCHANGED, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(leads.get(unassigned.key()).form().clinician()).isEqualTo(clinician);
        assertThat(leads.get(withOther.key()).form().clinician()).isEqualTo(clinician);
        assertThat(leads.get(merged.key()).form().clinician()).isNull();
        assertThat(audits("LEAD_ASSIGNED", unassigned.key())).isOne();
        assertThat(events.stream(LeadAssigned.class).filter(e -> e.actor().equals(manager))).hasSize(2);
    }

    @Test
    void aBulkAssignmentToSomeoneWhoCannotHoldTheFieldChangesNothing() {
        LeadDetails lead = newLead();
        accounts.signIn(manager);

        assertThatThrownBy(() -> assignments.assignMany(List.of(lead.key()), AssignmentField.CLINICIAN, coordinator))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assignments.assignMany(List.of(), AssignmentField.CLINICIAN, clinician))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("keys", "Choose 1 to 500 leads.")));
        assertThat(changes(lead.key())).isEmpty();
    }

    @Test
    void aManagerClearsAFieldOnManyLeads() {
        LeadDetails a = newLead();
        LeadDetails b = newLead();
        assignments.assignToMe(a.key(), AssignmentField.COORDINATOR, null);
        accounts.signIn(manager);

        BulkAssignment done = assignments.assignMany(List.of(a.key(), b.key()), AssignmentField.COORDINATOR, null);

        assertThat(done.to()).isNull();
        assertThat(done.lines()).extracting(BulkAssignment.Line::outcome).containsExactly(Outcome.CHANGED,
                Outcome.UNCHANGED);
        assertThat(leads.get(a.key()).form().coordinator()).isNull();
    }

    @Test
    void anEditOfTheCoordinatorThroughTheLeadFormKeepsTheEnginesUserFieldInStep() {
        LeadDetails lead = newLead();
        LeadForm f = lead.form();
        LeadForm changed = new LeadForm(f.firstName(), f.lastName(), f.preferredName(), f.dateOfBirth(), f.phone(),
                f.altPhone(), f.email(), f.preferredContact(), f.preferredContactTime(), f.source(),
                f.campaignSource(), f.campaignMedium(), f.campaignName(), f.referrerId(), f.conditionOfInterest(),
                f.payer(), f.selfPay(), f.phoneConsent(), f.smsConsent(), f.emailConsent(), f.privacyNotice(), f.tags(),
                f.priority(), coordinator, f.clinician(), f.message());

        leads.update(lead.key(), LeadEdit.between(f, changed, lead.version()));

        assertThat(workflow.userFields(lead.key())).containsEntry("coordinator", coordinator);
        assertThat(events.stream(LeadAssigned.class).filter(e -> e.key().equals(lead.key()))).hasSize(1);
    }
}
