package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import com.pathway.security.NewUser;
import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.tasks.AppointmentCalls;
import com.pathway.tasks.BusinessHours;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskState;
import com.pathway.tasks.TaskView;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/**
 * What the clinic's steps record: a comment on any transition, the outcome of a call, the consultation's
 * appointment (booked by "Schedule consultation", rescheduled later), and every bad appointment refused
 * with nothing stored.
 */
@WorkflowTest
class ConsultationStepsTest {

    @Autowired
    LeadService leads;

    @Autowired
    AppointmentService appointments;

    @Autowired
    LeadTimeline timeline;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserService users;

    @Autowired
    ClinicProperties clinic;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    ServiceLevels levels;

    private ZoneId zone;

    @BeforeEach
    void signIn() {
        zone = clinic.timeZone();
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private String contactedLead() {
        String key = leads.create(Leads.form("Ines", "Okafor", "+12025550193", null)).key();
        workflow.transition(key, TransitionRequest.of("Contact"));
        return key;
    }

    /** Next week at 10:00 in the clinic's zone, as the screen sends it. */
    private LocalDateTime nextWeek() {
        return LocalDateTime.now(zone).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(10);
    }

    private static Map<String, Object> appointment(Object at, String clinician, String mode) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (at != null) {
            fields.put("appointmentAt", at.toString());
        }
        if (clinician != null) {
            fields.put("appointmentClinician", clinician);
        }
        if (mode != null) {
            fields.put("appointmentMode", mode);
        }
        return fields;
    }

    private void schedule(String key, Map<String, Object> fields) {
        workflow.transition(key, new TransitionRequest("Schedule consultation", fields, null, null));
    }

    private List<String> timelineText(String key) {
        return timeline.newest(key, 20).entries().stream()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.title()), e.details().stream()))
                .toList();
    }

    @Test
    void contactKeepsTheCallsOutcomeAndTheCommentWithTheStep() {
        String key = leads.create(Leads.form("Ines", "Okafor", "+12025550162", null)).key();

        workflow.transition(key, new TransitionRequest("Contact", Map.of("contactOutcome", "Left voicemail"),
                "Call back after 5 pm", null));

        HistoryEntry step = workflow.historyNewestFirst(key, PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(step.fields()).containsEntry("contactOutcome", "Left voicemail");
        assertThat(step.comment()).isEqualTo("Call back after 5 pm");
        assertThat(timelineText(key)).contains("Contact", "Outcome: Left voicemail", "\u201CCall back after 5 pm\u201D");
    }

    @Test
    void anOutcomeNotOnTheListIsRefusedAndTheLeadStays() {
        String key = leads.create(Leads.form("Ines", "Okafor", "+12025550163", null)).key();

        assertThatThrownBy(() -> workflow.transition(key, new TransitionRequest("Contact",
                Map.of("contactOutcome", "Maybe later"), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("contactOutcome", "Choose one of: Reached, Left voicemail, No answer, Wrong number."));
        assertThat(workflow.get(key).status()).isEqualTo("New inquiry");
    }

    @Test
    void aTransitionWithoutAScreenTakesACommentToo() {
        String key = contactedLead();
        schedule(key, Map.of());

        workflow.transition(key, new TransitionRequest("Consultation held", null, "Came with her sister", null));

        assertThat(workflow.historyNewestFirst(key, PageRequest.of(0, 1)).getContent().getFirst().comment())
                .isEqualTo("Came with her sister");
        assertThat(timelineText(key)).contains("\u201CCame with her sister\u201D");
    }

    @Test
    void schedulingBooksTheAppointmentThatTheLeadTheListAndTheTimelineShow() {
        String key = contactedLead();
        LocalDateTime at = nextWeek();

        schedule(key, appointment(at, "clinician", "Telehealth"));

        Appointment booked = leads.get(key).appointment();
        assertThat(booked.startsAt()).isEqualTo(at.atZone(zone).toInstant());
        assertThat(booked.clinician()).isEqualTo("clinician");
        assertThat(booked.clinicianName()).isEqualTo("Dr. Casey Clinician");
        assertThat(booked.mode()).isEqualTo("Telehealth");
        assertThat(booked.describe(zone)).isEqualTo(Appointment.when(booked.startsAt(), zone)
                + " · Dr. Casey Clinician · Telehealth");
        assertThat(leads.list(LeadFilter.text(key), PageRequest.of(0, 5)).getContent())
                .singleElement().extracting(LeadSummary::nextAppointment).isEqualTo(booked.startsAt());
        assertThat(timelineText(key)).contains("Appointment: " + booked.describe(zone));
    }

    @Test
    void theListSortsByTheNextAppointmentWithLeadsWithoutOneLast() {
        String later = contactedLead();
        String sooner = contactedLead();
        String none = contactedLead();
        schedule(later, appointment(nextWeek().plusDays(2), "clinician", "In person"));
        schedule(sooner, appointment(nextWeek(), "clinician", "In person"));
        schedule(none, Map.of());

        for (Sort.Direction direction : Sort.Direction.values()) {
            List<String> keys = leads.list(LeadFilter.none(), PageRequest.of(0, 1000, direction, "nextAppointment"))
                    .getContent().stream().map(LeadSummary::key).filter(k -> Set.of(later, sooner, none).contains(k))
                    .toList();
            assertThat(keys).as(direction.name()).containsExactly(direction.isAscending() ? sooner : later,
                    direction.isAscending() ? later : sooner, none);
        }
    }

    @Test
    void anIncompleteOrWrongAppointmentIsRefusedWithNothingStored() {
        String key = contactedLead();
        String gone = "gone-" + System.nanoTime() % 1_000_000;
        SignedIn.as("admin", "ADMIN");
        users.deactivate(users.createUser(new NewUser(gone, "Dr Gone", null, Set.of(Role.CLINICIAN),
                "Gone-password-2026-x")).id());
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LocalDateTime at = nextWeek();
        String clinicianMessage = "There is no active clinician with the user name %s; choose one from the list.";

        Map<Map<String, Object>, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put(appointment(null, "clinician", "Telehealth"),
                Map.of("appointmentAt", "Enter the appointment's date and time."));
        cases.put(appointment(LocalDateTime.now(zone).minusDays(1).withSecond(0).withNano(0), "clinician", "Telehealth"),
                Map.of("appointmentAt", "has passed"));
        cases.put(appointment("next tuesday", "clinician", "Telehealth"), Map.of("appointmentAt", "as a date and time"));
        cases.put(appointment(at.plusYears(2), "clinician", "Telehealth"), Map.of("appointmentAt", "within a year"));
        cases.put(appointment(at, "nobody-here", "Telehealth"),
                Map.of("appointmentClinician", clinicianMessage.formatted("nobody-here")));
        cases.put(appointment(at, "intake", "Telehealth"), Map.of("appointmentClinician", clinicianMessage.formatted("intake")));
        cases.put(appointment(at, gone, "Telehealth"), Map.of("appointmentClinician", clinicianMessage.formatted(gone)));
        cases.put(appointment(at, "clinician", "By carrier pigeon"),
                Map.of("appointmentMode", "Choose one of: In person, Telehealth."));
        cases.put(appointment(at, null, null), Map.of("appointmentClinician", "Choose the clinician",
                "appointmentMode", "Choose In person or Telehealth."));

        cases.forEach((fields, expected) -> {
            assertThatThrownBy(() -> schedule(key, fields)).as(fields.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> expected.forEach((field, message) ->
                            assertThat(e.fieldErrors().get(field)).as(fields + " " + field).contains(message)));
            assertThat(workflow.get(key).status()).isEqualTo("Contacted");
            assertThat(leads.get(key).appointment()).isNull();
        });
        assertThat(jdbc.queryForObject("select count(*) from lead_appointment a join lead l on l.id = a.lead_id"
                + " where l.item_key = ?", Long.class, key)).isZero();
    }

    @Test
    void reschedulingMovesTheAppointmentAndIsInTheTimelineAndTheAuditTrail() {
        String key = contactedLead();
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        Appointment before = leads.get(key).appointment();
        LocalDateTime later = nextWeek().plusDays(1).withHour(14);

        Appointment after = appointments.reschedule(key, new AppointmentChange(later, "clinician", "TELEHEALTH",
                before.version()));

        assertThat(after.startsAt()).isEqualTo(later.atZone(zone).toInstant());
        assertThat(after.mode()).isEqualTo("Telehealth");
        assertThat(after.updatedBy()).isEqualTo("intake");
        assertThat(leads.get(key).appointment()).isEqualTo(after);
        assertThat(timelineText(key)).contains("Appointment changed",
                "Appointment: " + before.describe(zone) + " → " + after.describe(zone));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_APPOINTMENT_RESCHEDULED'"
                + " and entity_id = ? and actor = 'intake'", Long.class, key)).isOne();
    }

    @Test
    void reschedulingMovesTheConfirmationCallToTheWorkingDayBeforeTheNewTime() {
        String key = contactedLead();
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        TaskView call = confirmationCall(key);
        LocalDateTime later = nextWeek().plusDays(15).withHour(14);

        appointments.reschedule(key, new AppointmentChange(later, "clinician", "In person", null));

        TaskView moved = tasks.get(call.id());
        BusinessHours hours = levels.hours();
        assertThat(moved.state()).isEqualTo(TaskState.OPEN);
        assertThat(moved.dueAt()).isEqualTo(hours.openingOf(hours.previousWorkingDay(later.toLocalDate())))
                .isAfter(call.dueAt());
        assertThat(tasks.history(call.id())).anySatisfy(h -> assertThat(h.details()).contains("appointment moved"));
    }

    @Test
    void cancellingTheAppointmentCancelsItsConfirmationCallAndIsInTheTimelineAndTheAuditTrail() {
        String key = contactedLead();
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        TaskView call = confirmationCall(key);
        Appointment before = leads.get(key).appointment();

        appointments.cancel(key, before.version());

        assertThat(leads.get(key).appointment()).isNull();
        assertThat(tasks.get(call.id()).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(timelineText(key)).contains("Appointment: " + before.describe(zone) + " → cancelled");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_APPOINTMENT_CANCELLED'"
                + " and entity_id = ? and actor = 'intake'", Long.class, key)).isOne();
        assertThatThrownBy(() -> appointments.cancel(key, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("startsAt")).contains("has no appointment to cancel"));
    }

    @Test
    void cancellingRefusesAStaleVersionAndKeepsTheAppointment() {
        String key = contactedLead();
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        Appointment before = leads.get(key).appointment();

        assertThatThrownBy(() -> appointments.cancel(key, before.version() + 1)).isInstanceOf(ConflictException.class);

        assertThat(leads.get(key).appointment()).isEqualTo(before);
        assertThat(confirmationCall(key).state()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void closingTheLeadCancelsTheAppointmentAheadAndItsConfirmationCall() {
        String key = contactedLead();
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        TaskView call = confirmationCall(key);

        workflow.transition(key, new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));

        assertThat(leads.get(key).appointment()).isNull();
        assertThat(tasks.get(call.id()).state()).isEqualTo(TaskState.CANCELLED);
    }

    private TaskView confirmationCall(String key) {
        return tasks.forLead(key).stream().filter(t -> AppointmentCalls.ORIGIN.equals(t.origin())).findFirst()
                .orElseThrow();
    }

    @Test
    void reschedulingRefusesBadInputStaleVersionsAndLeadsWithoutAnAppointment() {
        String key = contactedLead();
        assertThatThrownBy(() -> appointments.reschedule(key, new AppointmentChange(nextWeek(), "clinician",
                "Telehealth", null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("startsAt")).contains("has no appointment to reschedule"));
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        Appointment booked = leads.get(key).appointment();

        assertThatThrownBy(() -> appointments.reschedule(key, new AppointmentChange(
                LocalDateTime.now(zone).minusHours(2), "intake", "Smoke signals", booked.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("startsAt", "clinician", "mode"));
        assertThatThrownBy(() -> appointments.reschedule(key, new AppointmentChange(null, "clinician", "Telehealth",
                booked.version()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> appointments.reschedule(key, new AppointmentChange(nextWeek().plusDays(3),
                "clinician", "Telehealth", booked.version() + 1))).isInstanceOf(ConflictException.class);
        assertThat(leads.get(key).appointment()).isEqualTo(booked);
    }

    @Test
    void cliniciansDoNotReschedule() {
        String key = leads.create(Leads.withClinician(Leads.form("Ines", "Okafor", "+12025550164", null), "clinician"))
                .key();
        workflow.transition(key, TransitionRequest.of("Contact"));
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        SignedIn.as("clinician", "CLINICIAN");

        assertThat(leads.get(key).appointment()).as("they read it").isNotNull();
        assertThatThrownBy(() -> appointments.reschedule(key, new AppointmentChange(nextWeek(), "clinician",
                "Telehealth", null))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void bookingAgainCancelsTheAppointmentBefore() {
        String key = contactedLead();
        schedule(key, appointment(nextWeek(), "clinician", "In person"));
        SignedIn.as("manager", "MANAGER");
        workflow.transition(key, new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));
        workflow.transition(key, TransitionRequest.of("Reopen"));
        workflow.transition(key, TransitionRequest.of("Contact"));

        schedule(key, appointment(nextWeek().plusDays(1), "clinician", "Telehealth"));

        assertThat(leads.get(key).appointment().mode()).isEqualTo("Telehealth");
        assertThat(jdbc.queryForList("select cancelled from lead_appointment a join lead l on l.id = a.lead_id"
                + " where l.item_key = ? order by a.id", Boolean.class, key)).containsExactly(true, false);
    }
}
