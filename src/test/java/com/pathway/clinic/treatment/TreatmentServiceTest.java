package com.pathway.clinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.outcomes.LatestScore;
import com.pathway.clinic.outcomes.NewMeasure;
import com.pathway.clinic.outcomes.OutcomeService;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.clinic.treatment.SessionForm.DoseStep;
import com.pathway.clinic.treatment.SessionForm.SideEffect;
import com.pathway.clinic.treatment.SessionForm.Vitals;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskType;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/**
 * Treatment courses and infusion sessions per role: clinicians start a course, record, sign and correct
 * sessions; coordinators and managers see only the progress; administrators nothing. Bad input is refused
 * field by field with nothing saved; the workflow's Complete series completes the course; My patients
 * lists the clinician's leads with progress and notable side effects; every read and write is audited.
 */
@IntegrationTest
class TreatmentServiceTest {

    @Autowired
    TreatmentService courses;
    @Autowired
    InfusionService sessions;
    @Autowired
    MyPatientsService patients;
    @Autowired
    LeadService leads;

    @Autowired
    OutcomeService outcomes;
    @Autowired
    ScreeningService screenings;
    @Autowired
    WorkflowService workflow;
    @Autowired
    TaskService tasks;
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
        key = leads.create(Leads.withClinician(Leads.form("Iris", "Calder", "(202) 555-0161", null), clinician)).key();
        accounts.signOut();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private Instant start() {
        return clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }

    private SessionForm session(Instant start, Integer systolic, String effect) {
        return new SessionForm(start, start.plus(40, ChronoUnit.MINUTES), null,
                List.of(new DoseStep(start, new BigDecimal("10"), "mg"),
                        new DoseStep(start.plus(5, ChronoUnit.MINUTES), new BigDecimal("10"), "mg")),
                List.of(new Vitals(start, systolic, 80, 72, 98, 14)),
                List.of(new SideEffect(effect, Severity.MODERATE, start.plus(12, ChronoUnit.MINUTES))),
                "Settled after the second step.");
    }

    /** The coordinator takes the lead to a clinical status: contacted, consultation booked and held. */
    private void consultationHeld() {
        accounts.signIn(coordinator);
        workflow.transition(key, TransitionRequest.of("Contact"));
        workflow.transition(key, TransitionRequest.of("Schedule consultation"));
        workflow.transition(key, TransitionRequest.of("Consultation held"));
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?", Long.class,
                action, key);
    }

    @Test
    void aClinicianStartsACourseRecordsSignsAndCorrectsASession() {
        accounts.signIn(clinician);
        CourseView course = courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock), null));
        assertThat(course.status()).isEqualTo(CourseStatus.PLANNED);

        SessionView draft = sessions.record(key, session(start(), 130, "Nausea"));
        assertThat(draft.signed()).isFalse();
        assertThat(draft.staff()).isEqualTo(clinician);
        assertThat(draft.doseSteps()).hasSize(2);
        assertThat(courses.course(key).orElseThrow().status()).isEqualTo(CourseStatus.ACTIVE);
        assertThat(courses.course(key).orElseThrow().progress()).as("a draft is not yet counted").isEqualTo("0 of 6");

        SessionView signed = sessions.sign(key, draft.id(), draft.version());
        assertThat(signed.signed()).isTrue();
        assertThat(courses.course(key).orElseThrow().progress()).isEqualTo("1 of 6");
        assertThatThrownBy(() -> sessions.update(key, signed.id(), session(start(), 120, "Nausea"), signed.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("locked");
        SessionView corrected = sessions.addAddendum(key, signed.id(), "The second step was 9 mg, not 10 mg.");
        assertThat(corrected.addenda()).extracting(SessionView.Addendum::text)
                .containsExactly("The second step was 9 mg, not 10 mg.");
        assertThat(corrected.doseSteps().get(1).amount()).as("the signed record stays").isEqualByComparingTo("10");
        assertThat(sessions.sessions(key)).singleElement().extracting(SessionView::number).isEqualTo(1);

        assertThat(audited("TREATMENT_COURSE_STARTED")).isEqualTo(1);
        assertThat(audited("INFUSION_SESSION_RECORDED")).isEqualTo(1);
        assertThat(audited("INFUSION_SESSION_SIGNED")).isEqualTo(1);
        assertThat(audited("INFUSION_SESSION_ADDENDUM_WRITTEN")).isEqualTo(1);
        assertThat(audited("INFUSION_SESSION_VIEWED")).isGreaterThanOrEqualTo(1);
        assertThat(audited("TREATMENT_COURSE_VIEWED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        accounts.signIn(clinician);
        assertThatThrownBy(() -> sessions.record(key, session(start(), 130, "Nausea")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Start a treatment course");
        assertThatThrownBy(() -> courses.start(key, new NewCourse("Migraine", 0, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("indication", "plannedSessions", "startsOn"));
        CourseView course = courses.start(key, new NewCourse("PTSD", 6, LocalDate.now(clock), null));
        assertThatThrownBy(() -> courses.start(key, new NewCourse("PTSD", 6, LocalDate.now(clock), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has an open course");

        assertThatThrownBy(() -> sessions.record(key, session(start(), 400, "Hiccups")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("vitals[0].systolic", "sideEffects[0].effect"));
        SessionForm noSuchGiver = new SessionForm(start(), null, "nobody-here", List.of(), List.of(), List.of(), null);
        assertThatThrownBy(() -> sessions.record(key, noSuchGiver))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("staff"));
        assertThat(jdbc.queryForObject("select count(*) from infusion_session where item_key = ?", Long.class, key))
                .isZero();
        assertThat(courses.course(key).orElseThrow().status()).as("still planned").isEqualTo(CourseStatus.PLANNED);

        SessionView draft = sessions.record(key, new SessionForm(start(), null, null, List.of(), List.of(), List.of(), null));
        assertThatThrownBy(() -> sessions.sign(key, draft.id(), draft.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("endedAt", "doseSteps"));
        assertThatThrownBy(() -> sessions.sign(key, draft.id(), draft.version() + 1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> courses.stop(key, "Stale.", course.version()))
                .as("the draft made the course active since it was read").isInstanceOf(ConflictException.class);
        long version = courses.course(key).orElseThrow().version();
        assertThatThrownBy(() -> courses.stop(key, " ", version)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.session(key, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        CourseView stopped = courses.stop(key, "Moved away.", courses.course(key).orElseThrow().version());
        assertThat(stopped.status()).isEqualTo(CourseStatus.STOPPED);
        assertThat(stopped.stopReason()).isEqualTo("Moved away.");
    }

    @Test
    void coordinatorsAndManagersSeeProgressOnlyAndAdministratorsNothing() {
        accounts.signIn(clinician);
        courses.start(key, new NewCourse("Bipolar depression", 4, LocalDate.now(clock), null));
        SessionView s = sessions.record(key, session(start(), 130, "Nausea"));
        sessions.sign(key, s.id(), s.version());
        accounts.signOut();

        for (String other : List.of(coordinator, manager)) {
            accounts.signIn(other);
            CourseProgress progress = courses.progress(key).orElseThrow();
            assertThat(progress.text()).isEqualTo("1 of 4");
            assertThat(progress.toString()).doesNotContain("Bipolar", "Nausea");
            assertThatThrownBy(() -> courses.course(key)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.sessions(key)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.session(key, s.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.record(key, session(start(), 120, "Nausea")))
                    .isInstanceOf(AccessDeniedException.class);
            accounts.signOut();
        }
        accounts.signIn(admin);
        assertThatThrownBy(() -> courses.progress(key)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completingTheSeriesInTheWorkflowCompletesTheCourseAndCreatesTheCheckIns() {
        consultationHeld();
        accounts.signIn(clinician);
        workflow.transition(key, TransitionRequest.of("Start screening"));
        ScreeningSteps.screen(screenings, key, "Cleared", Instant.parse("2026-02-01T09:00:00Z"));
        workflow.transition(key, TransitionRequest.of("Approve for treatment"));
        workflow.transition(key, TransitionRequest.of("Start treatment"));
        courses.start(key, new NewCourse("Depression", 1, LocalDate.now(clock), null));
        assertThat(courses.completingSteps()).containsExactly("Complete series");

        workflow.transition(key, TransitionRequest.of("Complete series"));

        CourseView course = courses.course(key).orElseThrow();
        assertThat(course.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(course.endedBy()).isEqualTo(clinician);
        assertThat(tasks.forLead(key)).filteredOn(t -> t.type() == TaskType.FOLLOW_UP).hasSize(3);
        assertThat(audited("TREATMENT_COURSE_COMPLETED")).isEqualTo(1);
    }

    @Test
    void myPatientsListsTheClinicianLeadsInClinicalStatusesWithProgressAndNotableSideEffects() {
        accounts.signIn(coordinator);
        String notYetClinical = leads.create(Leads.withClinician(Leads.form("Noor", "Hale", "(202) 555-0162", null),
                clinician)).key();
        workflow.transition(key, TransitionRequest.of("Contact"));
        workflow.transition(key, TransitionRequest.of("Schedule consultation"));
        workflow.transition(key, TransitionRequest.of("Consultation held"));
        accounts.signIn(clinician);
        courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock), clock.instant().plus(2, ChronoUnit.DAYS)));
        SessionView s = sessions.record(key, session(start(), 130, "Blurred vision"));
        sessions.sign(key, s.id(), s.version());

        List<PatientRow> rows = patients.page(PageRequest.of(0, 20)).getContent();

        assertThat(rows).extracting(PatientRow::key).containsExactly(key).doesNotContain(notYetClinical);
        PatientRow row = rows.getFirst();
        assertThat(row.progress().text()).isEqualTo("1 of 6");
        assertThat(row.progress().nextSessionAt()).isNotNull();
        assertThat(row.progress().lastSessionAt()).isEqualTo(s.startedAt());
        assertThat(row.notableSideEffects()).containsExactly("Blurred vision (moderate)");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MY_PATIENTS_VIEWED' "
                + "and actor = ?", Long.class, clinician)).isEqualTo(1);
    }

    @Test
    void myPatientsShowsTheLatestScoresWithTheirChangeSinceBaselineAndFlagsALeadAtRisk() {
        consultationHeld();
        accounts.signIn(clinician);
        courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock).minusDays(9), null));
        outcomes.record(key, new NewMeasure("PHQ9", List.of(3, 3, 2, 2, 2, 2, 2, 2, 0)));
        outcomes.record(key, new NewMeasure("PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));
        outcomes.record(key, new NewMeasure("GAD7", List.of(1, 1, 1, 1, 1, 1, 1)));

        PatientRow row = patients.page(PageRequest.of(0, 20)).getContent().getFirst();

        assertThat(row.scores()).extracting(LatestScore::text).containsExactly("PHQ-9 8 (−10)", "GAD-7 7");
        assertThat(row.progress().atRisk()).as("nine days since the course started, no session").isTrue();
        assertThat(row.progress().nextSessionAt()).isNull();
    }
}
