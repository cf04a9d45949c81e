package com.pathway.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.Leads;
import com.pathway.clinic.TimelineEntry;
import com.pathway.notifications.NewNotification;
import com.pathway.notifications.NotificationService;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;
import com.pathway.workflow.SignedIn;

/** The notes and notifications migrations and queries on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(CleanDatabase.class)
class NotesOnPostgresTest {

    @Autowired
    NoteService notes;
    @Autowired
    LeadService leads;
    @Autowired
    LeadTimeline timeline;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theMigrationsCreateTheTablesWithTheirIndexes() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'note'", String.class))
                .contains("ix_note_item", "ix_note_addendum_of");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'notification'", String.class))
                .contains("ix_notification_recipient");
    }

    @Test
    void notesTheirAddendaCountsAndTimelineFollowTheVisibilityRule() {
        SignedIn.as("pg-intake", "INTAKE_COORDINATOR");
        String key = leads.create(Leads.withClinician(Leads.form("Oona", "Park", "+12025550177", null), "pg-clin")).key();
        long general = notes.write(key, new NewNote("Call after 5 pm", null)).id();
        SignedIn.as("pg-clin", "CLINICIAN");
        notes.write(key, new NewNote("Clinical observation", NoteVisibility.CLINICAL));
        notes.addAddendum(key, general, "Or weekends");
        notes.change(key, general, new NoteChange(null, true));

        assertThat(notes.count(key)).isEqualTo(2);
        assertThat(timeline.newest(key, 10).entries()).extracting(TimelineEntry::title)
                .contains("Clinical note", "General note", "Addendum to a note");
        SignedIn.as("pg-intake", "INTAKE_COORDINATOR");
        List<NoteView> shown = notes.list(key, PageRequest.of(0, 10)).getContent();
        assertThat(shown).extracting(NoteView::text).containsExactly("Call after 5 pm");
        assertThat(shown.getFirst().addenda()).extracting(NoteView::text).containsExactly("Or weekends");
        assertThat(notes.count(key)).isEqualTo(1);
        assertThat(notes.pinned(key)).extracting(NoteView::id).containsExactly(general);
    }

    @Test
    void notificationsAreCountedAndMarkedReadPerUser() {
        SignedIn.as("pg-reader", "CLINICIAN");
        notifications.send(new NewNotification("pg-reader", "mention", "Someone mentioned you on PW-1", "leads/PW-1", null));
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(PageRequest.of(0, 5)).getContent()).hasSize(1);
    }
}
