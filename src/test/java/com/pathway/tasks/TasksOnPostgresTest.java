package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.internal.ServiceLevelBreaches;
import com.pathway.security.Role;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;
import com.pathway.support.TestAccounts;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/** The tasks and service-level migrations, queries and the breach job on PostgreSQL. */
@SpringBootTest
@PostgresTest
@Import({CleanDatabase.class, TestAccounts.class})
class TasksOnPostgresTest {

    @Autowired
    TaskService tasks;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ServiceLevelBreaches breaches;

    @Autowired
    Notices notices;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.pathway.clinic.EmergencyAccessService emergency;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theMigrationsCreateTheTaskTablesWithTheirIndexes() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'task'", String.class))
                .contains("ix_task_assignee_state_due", "ix_task_state_due", "ix_task_item_state_due",
                        "ix_task_key_state_due");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'lead'", String.class))
                .contains("ix_lead_sla_due");
    }

    @Test
    void tasksAndTargetsWorkOnPostgres() {
        String coordinator = TestAccounts.uniqueName("coord");
        accounts.create(coordinator, Role.INTAKE_COORDINATOR);
        SignedIn.as(coordinator, "INTAKE_COORDINATOR");
        LeadDetails lead = leads.create(Leads.form("Perry", "Lowell", "+12025550151", null));
        Instant due = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        TaskView call = tasks.create(lead.key(), new NewTask("Call", TaskType.CALL, due, coordinator));
        TaskView pool = tasks.create(lead.key(), new NewTask("Anyone", TaskType.EMAIL, due.plusSeconds(60), null));

        assertThat(tasks.forLead(lead.key())).extracting(TaskView::id).containsExactly(call.id(), pool.id());
        MyWork work = tasks.myWork(10);
        assertThat(concat(work)).extracting(TaskView::id).contains(call.id(), pool.id());
        assertThat(tasks.nextDueTasksByKey(List.of(lead.key())).get(lead.key()).id()).isEqualTo(call.id());
        Completed done = tasks.complete(call.id(), new TaskCompletion(call.version(), CallOutcome.VOICEMAIL,
                due.plus(Duration.ofDays(1))));
        assertThat(done.next()).isNotNull();

        workflow.transition(lead.key(), TransitionRequest.of("Contact"));
        assertThat(leads.get(lead.key()).serviceLevels().firstContactAt()).isNotNull();
        assertThat(leads.awaitingFirstContact(10)).extracting(s -> s.key()).doesNotContain(lead.key());

        String manager = TestAccounts.uniqueName("mgr");
        accounts.create(manager, Role.MANAGER);
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        jdbc.update("update lead set sla_due_at = ?, coordinator = ? where item_key = ?", past, coordinator, lead.key());
        SignedIn.out();
        breaches.announce();
        breaches.announce();
        SignedIn.as(manager, "MANAGER");
        assertThat(notices.mine(50)).filteredOn(n -> lead.key().equals(n.leadKey())).hasSize(1);
        assertThat(tasks.team(null, DueFilter.ALL, PageRequest.of(0, 50)).getContent()).extracting(TaskView::id)
                .contains(pool.id());
    }

    @Test
    void everyTaskListShowsAndAuditsOnlyTasksOfLeadsTheReaderMayRead() {
        String coordinator = TestAccounts.uniqueName("coord");
        String clinician = TestAccounts.uniqueName("clin");
        String manager = TestAccounts.uniqueName("mgr");
        accounts.create(coordinator, Role.INTAKE_COORDINATOR);
        accounts.create(clinician, Role.CLINICIAN);
        accounts.create(manager, Role.MANAGER);
        TaskListAccess.eachListShowsAndAuditsOnlyReadableLeads(tasks, leads, emergency, jdbc, coordinator, clinician,
                manager);
    }

    private static List<TaskView> concat(MyWork w) {
        return java.util.stream.Stream.of(w.overdue(), w.dueToday(), w.upcoming()).flatMap(List::stream).toList();
    }
}
