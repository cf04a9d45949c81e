package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.Leads;
import com.pathway.clinic.TimelineEntry;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.tasks.TaskView;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * Courses started from the clinic's templates book their sessions; coordinators and clinicians mark each
 * booked session done, missed or cancelled (once), a missed one gives the lead's coordinator a call to rebook
 * it; managers see only the progress; a course without a session for the configured days is at risk.
 */
@IntegrationTest
class SessionScheduleServiceTest {

    @Autowired
    TreatmentService courses;
    @Autowired
    SessionScheduleService schedule;
    @Autowired
    CourseTemplateService templates;
    @Autowired
    InfusionService sessions;
    @Autowired
    LeadService leads;
    @Autowired
    TaskService tasks;
    @Autowired
    LeadTimeline timeline;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    String coordinator;
    String manager;
    String clinician;
    String admin;
    String key;

    @BeforeEach
    void staffAndALead() {
        coordinator = accounts.newUser("coord", Role.INTAKE_COORDINATOR);
        manager = accounts.newUser("manager", Role.MANAGER);
        clinician = accounts.newUser("clin", Role.CLINICIAN);
        admin = accounts.newUser("admin", Role.ADMIN);
        accounts.signIn(coordinator);
        key = leads.create(Leads.withAssignees(Leads.form("Nora", "Vance", "(202) 555-0177", null), coordinator,
                clinician)).key();
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private TemplateView induction() {
        return templates.choices().stream().filter(t -> t.name().equals("Induction series")).findFirst().orElseThrow();
    }

    private Instant anHourAgo() {
        return clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void aCourseFromATemplateBooksItsSessionsTheTemplatesIntervalApart() {
        accounts.signIn(clinician);
        TemplateView induction = induction();
        assertThat(induction.shipped()).isTrue();
        assertThat(induction.plan()).isEqualTo("6 infusions, every 3 days");
        Instant first = anHourAgo();
        CourseView course = courses.startFromTemplate(key, new TemplateCourse("Depression", induction.id(), first));
        assertThat(course.plannedSessions()).isEqualTo(6);
        assertThat(course.template()).isEqualTo("Induction series");
        assertThat(course.nextSessionAt()).isEqualTo(first);

        List<ScheduledSessionView> booked = schedule.schedule(key);
        assertThat(booked).extracting(ScheduledSessionView::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(booked).allMatch(s -> s.state() == SessionState.SCHEDULED);
        assertThat(Duration.between(booked.get(0).scheduledAt(), booked.get(5).scheduledAt()).toDays())
                .as("15 days on the clinic's calendar, give or take a clock change").isBetween(14L, 15L);
        assertThat(courses.progress(key).orElseThrow().text()).isEqualTo("0 of 6");
    }

    @Test
    void aCoordinatorMarksAttendanceAndAMissedSessionGivesTheCoordinatorACallToRebookIt() {
        accounts.signIn(clinician);
        courses.startFromTemplate(key, new TemplateCourse("PTSD", induction().id(), anHourAgo()));
        accounts.signIn(coordinator);
        List<ScheduledSessionView> booked = schedule.schedule(key);
        ScheduledSessionView first = booked.getFirst();

        ScheduledSessionView missed = schedule.mark(key, first.id(), SessionState.MISSED, first.version());
        assertThat(missed.state()).isEqualTo(SessionState.MISSED);
        assertThat(missed.changedBy()).isEqualTo(coordinator);
        assertThat(missed.changedAt()).isNotNull();
        List<TaskView> calls = tasks.forLead(key).stream()
                .filter(t -> t.title().equals(SessionScheduleService.REBOOK_TASK)).toList();
        assertThat(calls).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.CALL);
            assertThat(t.assignee()).isEqualTo(coordinator);
            assertThat(t.origin()).isEqualTo(SessionScheduleService.REBOOK_ORIGIN);
        });
        assertThat(courses.progress(key).orElseThrow().nextSessionAt())
                .as("the next session moves on to the next one booked").isEqualTo(booked.get(1).scheduledAt());

        assertThatThrownBy(() -> schedule.mark(key, first.id(), SessionState.DONE, missed.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("state"))
                        .contains("already missed"));
        ScheduledSessionView second = booked.get(1);
        assertThatThrownBy(() -> schedule.mark(key, second.id(), SessionState.DONE, second.version()))
                .as("a session booked for later is not done yet").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("booked for later");
        assertThatThrownBy(() -> schedule.mark(key, second.id(), SessionState.SCHEDULED, second.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> schedule.mark(key, second.id(), null, second.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> schedule.mark(key, second.id(), SessionState.CANCELLED, second.version() + 1))
                .isInstanceOf(ConflictException.class);
        ScheduledSessionView cancelled = schedule.mark(key, second.id(), SessionState.CANCELLED, second.version());
        assertThat(cancelled.state()).isEqualTo(SessionState.CANCELLED);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BOOKED_SESSION_MARKED'"
                + " and entity_id = ?", Long.class, key)).isEqualTo(2);

        accounts.signIn(clinician);
        ScheduledSessionView third = schedule.schedule(key).get(2);
        assertThatThrownBy(() -> schedule.mark(key, third.id(), SessionState.DONE, third.version()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sessionsMarkedDoneCountAsGivenAndTheCourseIsNoLongerAtRisk() {
        accounts.signIn(clinician);
        courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock).minusDays(10), null));
        CourseProgress idle = courses.progress(key).orElseThrow();
        assertThat(idle.atRisk()).as("ten days without a session").isTrue();
        assertThat(idle.line()).isEqualTo("0 of 6 · at risk of dropping off");

        Instant start = anHourAgo();
        SessionView s = sessions.record(key, new SessionForm(start, start.plus(40, ChronoUnit.MINUTES), null,
                List.of(new SessionForm.DoseStep(start, new BigDecimal("10"), "mg")), List.of(), List.of(), null));
        sessions.sign(key, s.id(), s.version());
        accounts.signIn(manager);
        CourseProgress after = courses.progress(key).orElseThrow();
        assertThat(after.atRisk()).isFalse();
        assertThat(after.text()).isEqualTo("1 of 6");
        assertThat(courses.progressOf(List.of(key))).containsOnlyKeys(key);
    }

    @Test
    void managersSeeProgressButNotTheScheduleAndAdministratorsNeither() {
        accounts.signIn(clinician);
        courses.startFromTemplate(key, new TemplateCourse("Depression", induction().id(), anHourAgo()));
        accounts.signIn(manager);
        assertThat(courses.progress(key)).isPresent();
        assertThatThrownBy(() -> schedule.schedule(key)).isInstanceOf(AccessDeniedException.class);
        long id = jdbc.queryForObject("select min(id) from scheduled_session where item_key = ?", Long.class, key);
        assertThatThrownBy(() -> schedule.mark(key, id, SessionState.MISSED, 0)).isInstanceOf(AccessDeniedException.class);
        accounts.signIn(admin);
        assertThatThrownBy(() -> schedule.schedule(key)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.progressOf(List.of(key))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.startFromTemplate(key, new TemplateCourse("Depression", induction().id(),
                anHourAgo()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badTemplateInputIsRefusedFieldByFieldAndNothingIsBooked() {
        accounts.signIn(clinician);
        assertThatThrownBy(() -> courses.startFromTemplate(key, new TemplateCourse("Migraine", Long.MAX_VALUE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("indication", "templateId", "firstSessionAt"));
        assertThatThrownBy(() -> courses.startFromTemplate(key, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> courses.startFromTemplate(key, new TemplateCourse("Depression", induction().id(),
                clock.instant().plus(400, ChronoUnit.DAYS)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("firstSessionAt"));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_session where item_key = ?", Long.class, key))
                .isZero();
        assertThat(courses.course(key)).isEmpty();
    }

    @Test
    void anAdministratorKeepsTheTemplatesAndARetiredOneStartsNoCourse() {
        accounts.signIn(admin);
        String name = TestAccounts.uniqueName("Twice weekly");
        TemplateView added = templates.add(new TemplateEdit("  " + name + " ", "Eight infusions", 8, 4));
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.shipped()).isFalse();
        assertThatThrownBy(() -> templates.add(new TemplateEdit(name.toUpperCase(), null, 8, 4)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> templates.add(new TemplateEdit(" ", null, 0, 91)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "phases[0].sessions", "phases[0].intervalDays"));
        TemplateView changed = templates.change(added.id(), new TemplateEdit(name, null, 6, 3));
        assertThat(changed.plan()).isEqualTo("6 infusions, every 3 days");
        templates.setActive(added.id(), false);
        assertThat(templates.all()).extracting(TemplateView::name).contains(name, "Induction series");

        accounts.signIn(clinician);
        assertThat(templates.choices()).extracting(TemplateView::name).doesNotContain(name);
        assertThatThrownBy(() -> templates.add(new TemplateEdit("Mine", null, 2, 2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.startFromTemplate(key, new TemplateCourse("Depression", added.id(), anHourAgo())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("templateId"));
    }

    @Test
    void sessionsShowInTheTimelineAsAttendanceForCoordinatorsAndNotAtAllForManagers() {
        accounts.signIn(clinician);
        courses.startFromTemplate(key, new TemplateCourse("Depression", induction().id(), anHourAgo()));
        Instant start = anHourAgo().plus(5, ChronoUnit.MINUTES);
        SessionView given = sessions.record(key, new SessionForm(start, start.plus(40, ChronoUnit.MINUTES), null,
                List.of(new SessionForm.DoseStep(start, new BigDecimal("10"), "mg", "IV")), List.of(), List.of(), null));
        ScheduledSessionView first = schedule.schedule(key).getFirst();
        schedule.mark(key, first.id(), SessionState.DONE, first.version());

        assertThat(timeline.newest(key, 50).entries()).extracting(TimelineEntry::title)
                .contains("Session 1 done", "Infusion session given");
        sessions.summary(key, given.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?",
                Long.class, "INFUSION_SESSION_SUMMARY_VIEWED", key)).isEqualTo(1);

        accounts.signIn(coordinator);
        List<TimelineEntry> seen = timeline.newest(key, 50).entries();
        assertThat(seen).extracting(TimelineEntry::title).contains("Session 1 done").doesNotContain("Infusion session given");
        assertThat(seen).filteredOn(e -> e.kind().equals("session")).allSatisfy(e -> assertThat(String.join(" ",
                e.details())).doesNotContain("mg", "IV", "Depression"));
        assertThatThrownBy(() -> sessions.summary(key, given.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signIn(manager);
        assertThat(timeline.newest(key, 50).entries()).noneMatch(e -> e.kind().equals("session"));
    }
}
