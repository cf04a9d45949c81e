package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.EmergencyAccessService;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.shared.ForbiddenException;
import com.pathway.workflow.SignedIn;

/**
 * One check, run on H2 and on PostgreSQL: every task list keeps only the tasks of leads the reader may read
 * (the engine's one read query for a page of tasks), for each choice of person, and audits exactly the leads
 * it showed.
 */
final class TaskListAccess {

    private TaskListAccess() {
    }

    static void eachListShowsAndAuditsOnlyReadableLeads(TaskService tasks, LeadService leads,
            EmergencyAccessService emergency, JdbcTemplate jdbc, String coordinator, String clinician,
            String manager) {
        SignedIn.as(coordinator, "INTAKE_COORDINATOR");
        // No phone numbers: other tests in the same database look for duplicates by fixed numbers.
        String unique = Long.toString(System.nanoTime());
        String named = leads.create(Leads.withClinician(Leads.form("Ada", "Lowe", null,
                "ada.lowe." + unique + "@example.org"), clinician)).key();
        String other = leads.create(Leads.form("Bram", "Hale", null, "bram.hale." + unique + "@example.org")).key();
        Instant due = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        TaskView onNamed = tasks.create(named, new NewTask("Call", TaskType.CALL, due, clinician));
        TaskView onOther = tasks.create(other, new NewTask("Call", TaskType.CALL, due, clinician));
        TaskView pool = tasks.create(other, new NewTask("Anyone", TaskType.CALL, due, null));

        SignedIn.as(clinician, "CLINICIAN");
        long mark = lastEntry(jdbc);
        assertThat(ids(tasks.search(null, DueFilter.ALL, PageRequest.of(0, 200)).getContent()))
                .as("the clinician's own list").contains(onNamed.id()).doesNotContain(onOther.id(), pool.id());
        assertThat(listedSince(jdbc, clinician, mark)).contains(named).doesNotContain(other);
        mark = lastEntry(jdbc);
        assertThat(ids(concat(tasks.myWork(200)))).as("the clinician's My work").contains(onNamed.id())
                .doesNotContain(onOther.id(), pool.id());
        assertThat(listedSince(jdbc, clinician, mark)).contains(named).doesNotContain(other);
        assertThatThrownBy(() -> tasks.search(coordinator, DueFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(ForbiddenException.class);
        // Counts follow the same rule: the task on the lead the clinician may not read is in no total.
        org.springframework.data.domain.Page<TaskView> own = tasks.search(null, DueFilter.ALL, PageRequest.of(0, 500));
        assertThat(own.getTotalElements()).as("the list's total").isEqualTo(own.getContent().size());
        MyWork work = tasks.myWork(200);
        assertThat(work.overdueCount()).as("overdue").isEqualTo(work.overdue().size());
        assertThat(work.dueTodayCount()).as("due today").isEqualTo(work.dueToday().size());
        assertThat(work.upcomingCount()).as("upcoming").isEqualTo(work.upcoming().size());
        assertThat(tasks.myCounts().overdue()).isEqualTo(work.overdueCount());
        assertThat(tasks.myCounts().dueToday()).isEqualTo(work.dueTodayCount());
        org.springframework.data.domain.Page<TaskView> first = tasks.search(null, DueFilter.ALL, PageRequest.of(0, 1));
        assertThat(first.getContent()).as("a page of one holds a readable task").hasSize(1);
        assertThat(first.getTotalElements()).isEqualTo(own.getTotalElements());

        emergency.open(other, "Covering the on-call clinician: the patient called in distress");
        mark = lastEntry(jdbc);
        assertThat(ids(tasks.search(null, DueFilter.ALL, PageRequest.of(0, 200)).getContent()))
                .as("with an emergency grant").contains(onNamed.id(), onOther.id());
        assertThat(listedSince(jdbc, clinician, mark)).contains(named, other);

        SignedIn.as(coordinator, "INTAKE_COORDINATOR");
        mark = lastEntry(jdbc);
        assertThat(ids(concat(tasks.myWork(200)))).as("the coordinator's My work: own and nobody's")
                .contains(pool.id()).doesNotContain(onNamed.id(), onOther.id());
        assertThat(listedSince(jdbc, coordinator, mark)).contains(other);

        SignedIn.as(manager, "MANAGER");
        mark = lastEntry(jdbc);
        assertThat(ids(tasks.search(clinician, DueFilter.ALL, PageRequest.of(0, 200)).getContent()))
                .as("a manager, the clinician's list").contains(onNamed.id(), onOther.id());
        assertThat(ids(tasks.team("", DueFilter.ALL, PageRequest.of(0, 500)).getContent()))
                .as("a manager, nobody's tasks").contains(pool.id());
        assertThat(listedSince(jdbc, manager, mark)).contains(named, other);
        SignedIn.out();
    }

    private static List<TaskView> concat(MyWork w) {
        return Stream.of(w.overdue(), w.dueToday(), w.upcoming()).flatMap(List::stream).toList();
    }

    private static List<Long> ids(List<TaskView> shown) {
        return shown.stream().map(TaskView::id).toList();
    }

    /** The details of the reader's list entries in the audit trail since {@code after} (the keys they showed). */
    private static String listedSince(JdbcTemplate jdbc, String actor, long after) {
        return String.join(" ", jdbc.queryForList("select details from audit_entry where action = 'LEADS_LISTED'"
                + " and actor = ? and id > ? order by id", String.class, actor, after));
    }

    private static long lastEntry(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }
}
