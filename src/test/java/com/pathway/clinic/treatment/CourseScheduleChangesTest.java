package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadTimeline;
import com.pathway.clinic.Leads;
import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.treatment.TemplateEdit.PhaseEdit;
import com.pathway.security.Role;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * Templates of several phases book every phase; signing an infusion record marks the session booked for that
 * clinic day done; a booked session is moved and one more is booked, with bad times refused on their field.
 */
@IntegrationTest
class CourseScheduleChangesTest {

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
    LeadTimeline timeline;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ClinicProperties clinic;

    String coordinator;
    String clinician;
    String admin;
    String key;

    @BeforeEach
    void staffAndALead() {
        coordinator = accounts.newUser("coord", Role.INTAKE_COORDINATOR);
        clinician = accounts.newUser("clin", Role.CLINICIAN);
        admin = accounts.newUser("admin", Role.ADMIN);
        accounts.signIn(coordinator);
        key = leads.create(Leads.withAssignees(Leads.form("Rhea", "Castellan", "(202) 555-0149", null), coordinator,
                clinician)).key();
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private TemplateView template(String name) {
        return templates.choices().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Two hours ago, or three when the 45 minutes after two hours ago cross midnight in the clinic's time zone:
     * a moment in the past whose next 45 minutes are past too and fall on one clinic day, whatever the time of day
     * the tests run at (shortly after the clinic's midnight there is no such moment today).
     */
    private Instant earlier() {
        ZoneId zone = clinic.timeZone();
        Instant twoHoursAgo = clock.instant().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        boolean crossesMidnight = !LocalDate.ofInstant(twoHoursAgo, zone)
                .equals(LocalDate.ofInstant(twoHoursAgo.plus(45, ChronoUnit.MINUTES), zone));
        return crossesMidnight ? twoHoursAgo.minus(1, ChronoUnit.HOURS) : twoHoursAgo;
    }

    private SessionView signedRecord(Instant start) {
        SessionView draft = sessions.record(key, new SessionForm(start, start.plus(2, ChronoUnit.MINUTES), null,
                List.of(new SessionForm.DoseStep(start, new BigDecimal("10"), "mg", "IV")), List.of(), List.of(), null));
        return sessions.sign(key, draft.id(), draft.version());
    }

    @Test
    void theShippedTwoPhaseTemplateBooksInductionThenMaintenanceAndProgressCountsBoth() {
        accounts.signIn(clinician);
        TemplateView two = template("Induction then maintenance");
        assertThat(two.shipped()).isTrue();
        assertThat(two.sessions()).isEqualTo(9);
        assertThat(two.plan()).isEqualTo("Induction: 6 infusions, every 3 days · then Maintenance from 28 days after: "
                + "3 infusions, every 28 days");
        assertThat(templates.choices().getFirst().name()).as("offered first").isEqualTo(two.name());
        assertThat(template("Induction series").phases()).singleElement()
                .satisfies(p -> assertThat(p.plan()).isEqualTo("6 infusions, every 3 days"));

        Instant first = earlier();
        CourseView course = courses.startFromTemplate(key, new TemplateCourse("Depression", two.id(), first));
        assertThat(course.plannedSessions()).isEqualTo(9);
        List<ScheduledSessionView> booked = schedule.schedule(key);
        assertThat(booked).extracting(ScheduledSessionView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(booked).extracting(ScheduledSessionView::phase).containsExactly("Induction", "Induction",
                "Induction", "Induction", "Induction", "Induction", "Maintenance", "Maintenance", "Maintenance");
        ZonedDateTime start = first.atZone(clinic.timeZone());
        assertThat(booked.get(5).scheduledAt()).isEqualTo(start.plusDays(15).toInstant());
        assertThat(booked.get(6).scheduledAt()).as("28 days after the last induction session")
                .isEqualTo(start.plusDays(15 + 28).toInstant());
        assertThat(booked.get(8).scheduledAt()).isEqualTo(start.plusDays(15 + 28 + 56).toInstant());
        assertThat(courses.progress(key).orElseThrow().text()).isEqualTo("0 of 9");
    }

    @Test
    void anAdministratorKeepsPhasesInOrderAndEachBadPhaseFieldIsNamed() {
        accounts.signIn(admin);
        String name = TestAccounts.uniqueName("Rapid start");
        TemplateView added = templates.add(new TemplateEdit(name, null, List.of(
                new PhaseEdit(" Loading ", 4, 2, 99), new PhaseEdit("", 2, 14, 10))));
        assertThat(added.phases()).extracting(PhaseView::name).containsExactly("Loading", "Phase 2");
        assertThat(added.phases().getFirst().startAfterDays()).as("the first phase starts with the course").isNull();
        assertThat(added.sessions()).isEqualTo(6);

        TemplateView reordered = templates.change(added.id(), new TemplateEdit(name, null, List.of(
                new PhaseEdit("Top-up", 2, 14, null), new PhaseEdit("Loading", 4, 2, 7))));
        assertThat(reordered.phases()).extracting(PhaseView::name).containsExactly("Top-up", "Loading");
        assertThat(templates.all()).filteredOn(t -> t.id() == added.id()).singleElement()
                .satisfies(t -> assertThat(t.phases()).extracting(PhaseView::startAfterDays).containsExactly(null, 7));

        assertThatThrownBy(() -> templates.change(added.id(), new TemplateEdit(name, null, List.of(
                new PhaseEdit("A", 3, 3, null), new PhaseEdit("B", 0, 91, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "phases[1].sessions", "phases[1].intervalDays", "phases[1].startAfterDays"));
        assertThatThrownBy(() -> templates.add(new TemplateEdit("No phases", null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("phases"));
        assertThatThrownBy(() -> templates.add(new TemplateEdit("Too many", null, List.of(
                new PhaseEdit("A", 60, 1, null), new PhaseEdit("B", 60, 1, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("phases"))
                        .contains("at most 100 infusions"));
        assertThat(templates.all()).filteredOn(t -> t.id() == added.id()).singleElement()
                .satisfies(t -> assertThat(t.sessions()).as("nothing half-saved").isEqualTo(6));
    }

    @Test
    void signingARecordMarksTheNearestSessionBookedThatDayDoneAndOnlyThatOne() {
        accounts.signIn(clinician);
        Instant first = earlier();
        courses.startFromTemplate(key, new TemplateCourse("PTSD", template("Induction series").id(), first));
        List<ScheduledSessionView> booked = schedule.schedule(key);
        // a second session booked the same day, 40 minutes after the first
        jdbc.update("update scheduled_session set scheduled_at = ? where id = ?",
                java.sql.Timestamp.from(first.plus(40, ChronoUnit.MINUTES)), booked.get(1).id());

        signedRecord(first.plus(35, ChronoUnit.MINUTES));

        List<ScheduledSessionView> after = schedule.schedule(key);
        assertThat(after.get(1).state()).as("the nearest one that day").isEqualTo(SessionState.DONE);
        assertThat(after.get(1).changedBy()).isEqualTo(clinician);
        assertThat(after.get(1).changedAt()).isNotNull();
        assertThat(after.get(0).state()).isEqualTo(SessionState.SCHEDULED);
        assertThat(courses.progress(key).orElseThrow().text()).isEqualTo("1 of 6");

        signedRecord(first.plus(5, ChronoUnit.MINUTES));
        assertThat(schedule.schedule(key).get(0).state()).isEqualTo(SessionState.DONE);
        assertThat(courses.progress(key).orElseThrow().text()).as("two records, two sessions done").isEqualTo("2 of 6");

        SessionView third = signedRecord(first.plus(10, ChronoUnit.MINUTES));
        assertThat(third.signedAt()).as("no session left that day: signed all the same").isNotNull();
        assertThat(schedule.schedule(key)).filteredOn(s -> s.state() == SessionState.DONE).hasSize(2);
        assertThat(courses.progress(key).orElseThrow().text()).isEqualTo("3 of 6");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BOOKED_SESSION_MARKED'"
                + " and entity_id = ?", Long.class, key)).isEqualTo(2);
    }

    @Test
    void aCoordinatorMovesABookedSessionAndBooksOneMoreAndTheCourseFollows() {
        accounts.signIn(clinician);
        courses.startFromTemplate(key, new TemplateCourse("Depression", template("Induction series").id(),
                earlier()));
        accounts.signIn(coordinator);
        List<ScheduledSessionView> booked = schedule.schedule(key);
        ScheduledSessionView second = booked.get(1);
        Instant later = booked.get(2).scheduledAt().plus(1, ChronoUnit.DAYS);

        ScheduledSessionView moved = schedule.reschedule(key, second.id(), later, second.version());
        assertThat(moved.scheduledAt()).isEqualTo(later);
        assertThat(moved.movedBy()).isEqualTo(coordinator);
        assertThat(moved.movedFrom()).isEqualTo(second.scheduledAt());
        assertThat(moved.number()).as("numbered again in date order").isEqualTo(3);
        assertThat(schedule.schedule(key)).extracting(ScheduledSessionView::id)
                .containsExactly(booked.get(0).id(), booked.get(2).id(), second.id(), booked.get(3).id(),
                        booked.get(4).id(), booked.get(5).id());
        assertThat(timeline.newest(key, 50).entries()).extracting(TimelineEntry::title).contains("Session 3 moved");

        assertThatThrownBy(() -> schedule.reschedule(key, second.id(), later.plusSeconds(3600), second.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> schedule.reschedule(key, second.id(), clock.instant().minusSeconds(60), moved.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("at"));
        assertThatThrownBy(() -> schedule.reschedule(key, second.id(), null, moved.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("at"));
        ScheduledSessionView first = schedule.schedule(key).getFirst();
        ScheduledSessionView missed = schedule.mark(key, first.id(), SessionState.MISSED, first.version());
        assertThatThrownBy(() -> schedule.reschedule(key, first.id(), later, missed.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("state"))
                        .contains("missed"));

        Instant rebooked = clock.instant().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        ScheduledSessionView added = schedule.add(key, rebooked);
        assertThat(added.number()).isEqualTo(2);
        assertThat(added.phase()).isNull();
        assertThat(schedule.schedule(key)).hasSize(7);
        assertThat(courses.progress(key).orElseThrow().nextSessionAt()).isEqualTo(rebooked);
        assertThat(courses.progress(key).orElseThrow().plannedSessions()).as("the plan stays").isEqualTo(6);
        assertThatThrownBy(() -> schedule.add(key, clock.instant().minusSeconds(60)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("at"));
        assertThatThrownBy(() -> schedule.add(key, clock.instant().plus(400, ChronoUnit.DAYS)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("at"));
        assertThat(schedule.schedule(key)).as("nothing booked by a refusal").hasSize(7);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('BOOKED_SESSION_MOVED',"
                + " 'BOOKED_SESSION_ADDED') and entity_id = ?", Long.class, key)).isEqualTo(2);
    }

    @Test
    void aLeadWithoutAnOpenCourseHasNothingToBookAndAStoppedCoursesSessionsStay() {
        accounts.signIn(coordinator);
        assertThatThrownBy(() -> schedule.add(key, clock.instant().plus(1, ChronoUnit.DAYS)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("course"));
        accounts.signIn(clinician);
        CourseView course = courses.startFromTemplate(key, new TemplateCourse("Depression",
                template("Induction series").id(), earlier()));
        courses.stop(key, "Moved away", course.version());
        ScheduledSessionView last = schedule.schedule(key).getLast();
        assertThatThrownBy(() -> schedule.reschedule(key, last.id(), last.scheduledAt().plus(1, ChronoUnit.DAYS),
                last.version())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("state"));
        assertThatThrownBy(() -> schedule.add(key, clock.instant().plus(1, ChronoUnit.DAYS)))
                .isInstanceOf(InvalidInputException.class);
    }
}
