package com.pathway.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.mail.internal.Mailer;
import com.pathway.mail.internal.Outbox;
import com.pathway.mail.internal.Preferences;
import com.pathway.mail.internal.StaffMail;
import com.pathway.mail.internal.TemplateStore;
import com.pathway.security.StaffMailboxes;
import com.pathway.shared.ClinicProperties;
import com.pathway.tasks.NewTask;
import com.pathway.tasks.TaskReminders;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/**
 * Staff e-mail: the morning digest and the notice before a task is due go once to the assignee, with the
 * lead's key and the kind of task, never the task's own words (which may hold health information);
 * someone who opted out gets none.
 */
@WorkflowTest
class StaffMailTest {

    @Autowired
    LeadService leads;

    @Autowired
    TaskService tasks;

    @Autowired
    TaskReminders reminders;

    @Autowired
    StaffMailboxes mailboxes;

    @Autowired
    Preferences preferences;

    @Autowired
    Outbox outbox;

    @Autowired
    TemplateStore templates;

    @Autowired
    MailProperties properties;

    @Autowired
    ClinicProperties clinic;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        jdbc.update("update app_user set email = 'intake.mail@example.org' where username = 'intake'");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
        jdbc.update("update app_user set email = null where username = 'intake'");
        preferences.save("intake", new Preferences.Choice(true, true, true), Instant.now());
    }

    @Test
    void theDigestAndTheDueNoticeNameTheLeadByKeyAndTheTaskByItsKindOnce() {
        ZoneId zone = clinic.timeZone();
        LocalDateTime morning = LocalDateTime.now(zone).plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(8);
        Instant due = morning.withHour(10).atZone(zone).toInstant();
        String key = leads.create(Leads.form("Tove", "Staffmail", "+12025550133", null)).key();
        tasks.create(key, new NewTask("Ask about the ketamine side effects", TaskType.CALL, due, "intake"));

        StaffMail atEight = job(morning);
        atEight.digest();
        atEight.digest();
        StaffMail beforeDue = job(morning.withHour(9).withMinute(15));
        beforeDue.dueNotices();
        beforeDue.dueNotices();

        List<Outbox.Message> mine = outbox.latest(500).stream()
                .filter(m -> m.recipient().equals("intake.mail@example.org")).toList();
        assertThat(mine).filteredOn(m -> m.kind() == MessageKind.STAFF_DIGEST).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("- Call · " + key + " · due")
                        .doesNotContain("ketamine").doesNotContain("Tove"));
        assertThat(mine).filteredOn(m -> m.kind() == MessageKind.TASK_DUE).filteredOn(m -> key.equals(m.leadKey()))
                .singleElement().satisfies(m -> {
                    assertThat(m.subject()).startsWith("Call for " + key + " is due at");
                    assertThat(m.body()).doesNotContain("ketamine").contains("leads/" + key);
                });
    }

    @Test
    void someoneWhoOptedOutGetsNoDueNotice() {
        preferences.save("intake", new Preferences.Choice(true, false, true), Instant.now());
        ZoneId zone = clinic.timeZone();
        LocalDateTime morning = LocalDateTime.now(zone).plusDays(30).truncatedTo(ChronoUnit.DAYS).withHour(8);
        String key = leads.create(Leads.form("Ulla", "Staffmail", "+12025550134", null)).key();
        tasks.create(key, new NewTask("Call back", TaskType.CALL, morning.withHour(10).atZone(zone).toInstant(),
                "intake"));

        job(morning.withHour(9).withMinute(30)).dueNotices();

        assertThat(outbox.latest(500)).filteredOn(m -> key.equals(m.leadKey())).isEmpty();
    }

    @Test
    void aDueNoticeIsWrittenUpToOneJobIntervalEarlyNeverLate() {
        assertThat(properties.jobsInterval()).isEqualTo(Duration.ofMinutes(1));
        ZoneId zone = clinic.timeZone();
        LocalDateTime morning = LocalDateTime.now(zone).plusDays(40).truncatedTo(ChronoUnit.DAYS).withHour(8);
        String key = leads.create(Leads.form("Vera", "Staffmail", "+12025550135", null)).key();
        tasks.create(key, new NewTask("Call back", TaskType.CALL, morning.withHour(10).atZone(zone).toInstant(),
                "intake"));

        job(morning.withHour(8).withMinute(58)).dueNotices(); // due in 1 h 2 min: the next run is soon enough
        assertThat(noticesOf(key)).isEmpty();

        job(morning.withHour(8).withMinute(59).withSecond(30)).dueNotices(); // the next run would be 30 s late
        assertThat(noticesOf(key))
                .singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(MessageKind.TASK_DUE));
    }

    @Test
    void theJobIntervalIsRefusedOutsideTenSecondsToAnHour() {
        assertThatThrownBy(() -> withJobsInterval(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pathway.mail.jobs-interval");
        assertThatThrownBy(() -> withJobsInterval(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(withJobsInterval(Duration.ofSeconds(30)).jobsInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    private List<Outbox.Message> noticesOf(String key) {
        return outbox.latest(500).stream().filter(m -> m.recipient().equals("intake.mail@example.org"))
                .filter(m -> key.equals(m.leadKey())).toList();
    }

    private MailProperties withJobsInterval(Duration interval) {
        MailProperties p = properties;
        return new MailProperties(p.from(), p.baseUrl(), p.deliver(), p.jobs(), p.batchSize(), p.maxAttempts(),
                p.firstRetryAfter(), p.maxRetryPause(), p.claimFor(), p.digestAt(), p.dueNoticeBefore(),
                p.reminderAt(), interval);
    }

    private StaffMail job(LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(clinic.timeZone()).toInstant(), clinic.timeZone());
        return new StaffMail(new Mailer(outbox, templates, clock), mailboxes, preferences, reminders, properties,
                clinic, transactions, clock);
    }
}
