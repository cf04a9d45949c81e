package com.pathway.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.Leads;
import com.pathway.clinic.TimelineEntry;
import com.pathway.notifications.NotificationService;
import com.pathway.notifications.NotificationView;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/**
 * Notes per role on every path (list, count, pinned, timeline, changes): general notes for everyone who
 * may see the lead, clinical notes for clinicians only, nothing for administrators; the edit window and
 * addenda; mentions and their notifications; pins; and the audit trail.
 */
@IntegrationTest
class NoteServiceTest {

    @Autowired
    NoteService notes;
    @Autowired
    LeadService leads;
    @Autowired
    LeadTimeline timeline;
    @Autowired
    WorkflowService workflow;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    String coordinator;
    String manager;
    String clinician;
    String otherClinician;
    String admin;
    String key;

    @BeforeEach
    void staffAndALead() {
        coordinator = accounts.newUser("coord", Role.INTAKE_COORDINATOR);
        manager = accounts.newUser("manager", Role.MANAGER);
        clinician = accounts.newUser("clin", Role.CLINICIAN);
        otherClinician = accounts.newUser("clin2", Role.CLINICIAN);
        admin = accounts.newUser("admin", Role.ADMIN);
        accounts.signIn(coordinator);
        key = leads.create(Leads.withClinician(Leads.form("Wren", "Solano", "(202) 555-0188", null), clinician)).key();
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private <T> T as(String user, java.util.function.Supplier<T> call) {
        accounts.signIn(user);
        try {
            return call.get();
        } finally {
            accounts.signOut();
        }
    }

    private NoteView write(String user, String text, NoteVisibility visibility) {
        return as(user, () -> notes.write(key, new NewNote(text, visibility)));
    }

    private List<String> texts(String user) {
        return as(user, () -> notes.list(key, PageRequest.of(0, 50)).getContent().stream().map(NoteView::text).toList());
    }

    /** Moves the lead into a status the workflow flags clinical, where every clinician may read it. */
    private void intoClinicalStage() {
        accounts.signIn(coordinator);
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held")) {
            workflow.transition(key, TransitionRequest.of(t));
        }
        accounts.signOut();
    }

    private long audits(String action, String outcome) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ? and outcome = ?",
                Long.class, action, key, outcome);
    }

    @Test
    void generalNotesAreWrittenAndReadByEveryoneWhoMaySeeTheLead() {
        NoteView note = write(coordinator, "Called twice,\nno answer.", null);

        assertThat(note.visibility()).isEqualTo(NoteVisibility.GENERAL);
        assertThat(note.authorName()).isEqualTo("Test " + coordinator);
        assertThat(texts(manager)).containsExactly("Called twice,\nno answer.");
        assertThat(texts(clinician)).containsExactly("Called twice,\nno answer.");
        write(manager, "Manager's note", NoteVisibility.GENERAL);
        write(clinician, "Clinician's general note", NoteVisibility.GENERAL);
        assertThat(texts(coordinator)).containsExactly("Clinician's general note", "Manager's note",
                "Called twice,\nno answer.");
    }

    @Test
    void coordinatorsAndManagersNeitherReadNorWriteClinicalNotesByAnyPath() {
        write(coordinator, "General", null);
        NoteView clinical = write(clinician, "Reports low mood since March.", NoteVisibility.CLINICAL);
        as(clinician, () -> notes.change(key, clinical.id(), new NoteChange(null, true)));

        for (String user : List.of(coordinator, manager)) {
            assertThat(texts(user)).as(user).containsExactly("General");
            assertThat(as(user, () -> notes.count(key))).as("%s counts", user).isEqualTo(1);
            assertThat(as(user, () -> notes.pinned(key))).as("%s pinned", user).isEmpty();
            assertThat(as(user, () -> timeline.newest(key, 50)).entries()).extracting(TimelineEntry::details)
                    .as("%s timeline", user).noneMatch(d -> d.toString().contains("low mood"));
            assertThatThrownBy(() -> as(user, () -> notes.change(key, clinical.id(), new NoteChange(null, false))))
                    .isInstanceOf(NotFoundException.class).hasMessage("There is no note " + clinical.id() + " on " + key + ".");
            assertThatThrownBy(() -> as(user, () -> notes.addAddendum(key, clinical.id(), "More")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> write(user, "Clinical?", NoteVisibility.CLINICAL))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("Only clinicians");
        }
        assertThat(audits("CLINICAL_NOTE_VIEWED", "DENIED")).isEqualTo(4);
        assertThat(as(clinician, () -> notes.count(key))).isEqualTo(2);
        assertThat(texts(clinician)).containsExactly("Reports low mood since March.", "General");
    }

    @Test
    void administratorsHaveNoNotesAtAll() {
        write(coordinator, "General", null);

        assertThatThrownBy(() -> texts(admin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> notes.count(key))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> write(admin, "Hello", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> timeline.newest(key, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeadTheCallerMayNotReadIsNotFoundAndTheRefusalAudited() {
        long before = audits("LEAD_VIEWED", "DENIED");

        assertThatThrownBy(() -> texts(otherClinician)).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no item " + key + ".");
        assertThatThrownBy(() -> write(otherClinician, "Hi", null)).isInstanceOf(NotFoundException.class);
        assertThat(audits("LEAD_VIEWED", "DENIED")).isEqualTo(before + 2);
    }

    @Test
    void everyReadOfAClinicalNoteAndEveryWriteIsAuditedWithoutItsText() {
        NoteView clinical = write(clinician, "Secret clinical words", NoteVisibility.CLINICAL);
        texts(clinician);
        as(clinician, () -> timeline.newest(key, 10));

        assertThat(audits("NOTE_WRITTEN", "SUCCESS")).isEqualTo(1);
        assertThat(audits("CLINICAL_NOTE_VIEWED", "SUCCESS")).isEqualTo(2);
        List<String> details = jdbc.queryForList("select details from audit_entry where entity_id = ?", String.class, key);
        assertThat(details).noneMatch(d -> d != null && d.contains("Secret"));
        assertThat(jdbc.queryForObject("select details from audit_entry where action = 'CLINICAL_NOTE_VIEWED' and entity_id = ? "
                + "order by id desc limit 1", String.class, key)).contains("\"notes\":\"" + clinical.id() + "\"", "timeline");
    }

    @Test
    void theAuthorEditsForFifteenMinutesAndAfterThatACorrectionIsAnAddendum() {
        NoteView note = write(coordinator, "Prefers evening calls", null);
        assertThatThrownBy(() -> as(manager, () -> notes.change(key, note.id(), new NoteChange("Mornings", null))))
                .isInstanceOf(ForbiddenException.class);

        NoteView edited = as(coordinator, () -> notes.change(key, note.id(), new NoteChange("Prefers morning calls", null)));
        assertThat(edited.text()).isEqualTo("Prefers morning calls");
        assertThat(edited.editedAt()).isNotNull();

        jdbc.update("update note set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))), note.id());
        assertThatThrownBy(() -> as(coordinator, () -> notes.change(key, note.id(), new NoteChange("Evenings", null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("add an addendum");

        NoteView addendum = as(coordinator, () -> notes.addAddendum(key, note.id(), "Correction: evenings after 6."));
        assertThat(addendum.addendumOf()).isEqualTo(note.id());
        NoteView shown = as(manager, () -> notes.list(key, PageRequest.of(0, 10))).getContent().getFirst();
        assertThat(shown.text()).isEqualTo("Prefers morning calls");
        assertThat(shown.addenda()).extracting(NoteView::text).containsExactly("Correction: evenings after 6.");
        assertThat(as(manager, () -> notes.count(key))).as("addenda are not counted as notes").isEqualTo(1);
        NoteView second = as(manager, () -> notes.addAddendum(key, addendum.id(), "And weekends."));
        assertThat(second.addendumOf()).as("an addendum to an addendum goes under the original").isEqualTo(note.id());
    }

    @Test
    void textMustBePresentAndAtMostTenThousandCharacters() {
        assertThatThrownBy(() -> write(coordinator, "   ", null)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors()).asString().contains("Write the note's text.");
        assertThatThrownBy(() -> write(coordinator, "x".repeat(10_001), null)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors()).asString().contains("at most 10,000");
        assertThat(write(coordinator, "x".repeat(10_000), null).text()).hasSize(10_000);
        assertThat(as(coordinator, () -> notes.count(key))).isEqualTo(1);
    }

    @Test
    void aMentionNotifiesAColleagueWhoMayReadTheNoteWithoutItsText() {
        intoClinicalStage();
        write(clinician, "Discussed dosing history with @" + otherClinician + ".", NoteVisibility.CLINICAL);

        List<NotificationView> told = as(otherClinician, () -> notifications.mine(PageRequest.of(0, 5)).getContent());
        assertThat(told).extracting(NotificationView::text).containsExactly("Test " + clinician + " mentioned you on " + key);
        assertThat(told.getFirst().link()).isEqualTo("leads/" + key);
        assertThat(as(otherClinician, () -> notifications.unreadCount())).isEqualTo(1);
        as(otherClinician, () -> notifications.markRead(told.getFirst().id()));
        assertThat(as(otherClinician, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void mentionsThatCannotStandRefuseTheNoteAndSaySo() {
        assertThatThrownBy(() -> write(clinician, "Ask @nobody-here-zz", NoteVisibility.GENERAL))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .asString().contains("There is no active colleague @nobody-here-zz.");
        assertThatThrownBy(() -> write(clinician, "Ask @" + coordinator, NoteVisibility.CLINICAL))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .asString().contains("is not a clinician and cannot read clinical notes.");
        assertThatThrownBy(() -> write(coordinator, "Ask @" + otherClinician, null))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .asString().contains("cannot see " + key + ".");
        assertThat(as(clinician, () -> notes.count(key))).as("nothing half-saved").isZero();

        write(clinician, "Ask @" + coordinator + " to call back.", NoteVisibility.GENERAL);
        assertThat(as(coordinator, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void mentionableColleaguesAreThoseWhoMayReadSuchANoteOnTheLead() {
        List<String> general = as(clinician, () -> notes.mentionable(key, NoteVisibility.GENERAL, "", 20))
                .stream().map(m -> m.username()).toList();
        List<String> clinical = as(clinician, () -> notes.mentionable(key, NoteVisibility.CLINICAL, "", 20))
                .stream().map(m -> m.username()).toList();
        List<String> prefixed = as(clinician, () -> notes.mentionable(key, NoteVisibility.GENERAL, coordinator, 20))
                .stream().map(m -> m.username()).toList();

        assertThat(prefixed).containsExactly(coordinator);
        assertThat(clinical).doesNotContain(coordinator, manager, admin, clinician, otherClinician);
        assertThat(general).doesNotContain(admin, clinician);
    }

    @Test
    void pinnedNotesComeFirstOnThePageAndCoordinatorsCannotPinClinicalOnes() {
        NoteView first = write(coordinator, "Interpreter needed: Portuguese", null);
        write(coordinator, "Later note", null);
        as(manager, () -> notes.change(key, first.id(), new NoteChange(null, true)));

        assertThat(as(clinician, () -> notes.pinned(key))).extracting(NoteView::text)
                .containsExactly("Interpreter needed: Portuguese");
        NoteView clinical = write(clinician, "Clinical", NoteVisibility.CLINICAL);
        assertThatThrownBy(() -> as(coordinator, () -> notes.change(key, clinical.id(), new NoteChange(null, true))))
                .isInstanceOf(NotFoundException.class);
        as(manager, () -> notes.change(key, first.id(), new NoteChange(null, false)));
        assertThat(as(coordinator, () -> notes.pinned(key))).isEmpty();
        assertThat(audits("NOTE_PINNED", "SUCCESS")).isEqualTo(1);
        assertThat(audits("NOTE_UNPINNED", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void notesAppearInTheTimelineClinicalOnesOnlyForClinicians() {
        write(coordinator, "Left a voicemail", null);
        write(clinician, "Clinical observation", NoteVisibility.CLINICAL);

        assertThat(as(clinician, () -> timeline.newest(key, 10)).entries()).extracting(TimelineEntry::title)
                .contains("Clinical note", "General note");
        assertThat(as(manager, () -> timeline.newest(key, 10)).entries()).extracting(TimelineEntry::title)
                .contains("General note").doesNotContain("Clinical note");
    }
}
