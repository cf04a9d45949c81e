package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.outcomes.NewMeasure;
import com.pathway.clinic.outcomes.OutcomeService;
import com.pathway.support.CleanDatabase;
import com.pathway.support.PostgresTest;
import com.pathway.tasks.TaskService;
import com.pathway.workflow.SignedIn;

/** Course templates, booked sessions, progress and latest scores: the V58–V60 migrations and queries on PostgreSQL. */
@SpringBootTest
@PostgresTest
@Import(CleanDatabase.class)
class TreatmentOnPostgresTest {

    @Autowired
    TreatmentService courses;
    @Autowired
    SessionScheduleService schedule;
    @Autowired
    CourseTemplateService templates;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TaskService tasks;
    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theMigrationsShipTemplatesRoutesAndTheirIndexes() {
        assertThat(jdbc.queryForList("select name from course_template where shipped order by position", String.class))
                .containsExactly("Induction then maintenance", "Induction series", "Maintenance");
        assertThat(jdbc.queryForList("""
                select p.name || ' ' || p.sessions || 'x' || p.interval_days || ' +' || coalesce(p.start_after_days, 0)
                from course_template_phase p join course_template t on t.id = p.template_id
                where t.name = 'Induction then maintenance' order by p.position""", String.class))
                .containsExactly("Induction 6x3 +0", "Maintenance 3x28 +28");
        assertThat(jdbc.queryForList("select label from treatment_option where kind = 'ROUTE' order by position",
                String.class)).containsExactly("IV", "IM", "Intranasal");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'scheduled_session'",
                String.class)).contains("ix_scheduled_session_course", "ix_scheduled_session_item");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'outcome_measure'",
                String.class)).contains("ix_outcome_measure_item_key");
    }

    @Test
    void aTemplateCourseIsBookedMarkedAndSummedUpWithItsScores() {
        SignedIn.as("pg-intake", "INTAKE_COORDINATOR");
        String key = leads.create(Leads.withClinician(Leads.form("Ines", "Roth", "+12025550178", null), "pg-clin")).key();
        SignedIn.as("pg-clin", "CLINICIAN");
        long template = templates.choices().getFirst().id();
        courses.startFromTemplate(key, new TemplateCourse("Depression", template,
                Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)));
        outcomes.record(key, new NewMeasure("GAD7", List.of(2, 2, 2, 2, 2, 2, 2)));
        outcomes.record(key, new NewMeasure("GAD7", List.of(1, 1, 1, 1, 1, 1, 1)));

        ScheduledSessionView first = schedule.schedule(key).getFirst();
        schedule.mark(key, first.id(), SessionState.MISSED, first.version());
        ScheduledSessionView second = schedule.schedule(key).get(1);
        schedule.mark(key, second.id(), SessionState.CANCELLED, second.version());

        CourseProgress progress = courses.progressOf(List.of(key)).get(key);
        assertThat(progress.text()).as("the two-phase default plans every phase's sessions").isEqualTo("0 of 9");
        assertThat(progress.nextSessionAt()).isEqualTo(schedule.schedule(key).get(2).scheduledAt());
        assertThat(tasks.forLead(key)).anyMatch(t -> t.title().equals(SessionScheduleService.REBOOK_TASK));
        assertThat(outcomes.latest(List.of(key)).get(key)).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("GAD-7 7 (−7)"));
    }
}
