package com.pathway.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.PostFunction;
import com.pathway.workflow.RuleRef;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionContext;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;

/** Tasks through the service, as each role, with the demo users (intake, clinician, manager, admin). */
@WorkflowTest
class TaskServiceTest {

    @Autowired
    ScreeningService screenings;
    @Autowired
    TaskService tasks;

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ServiceLevels levels;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PostFunction> postFunctions;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    com.pathway.clinic.EmergencyAccessService emergency;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private String newLead() {
        return leads.create(Leads.form("Juniper", "Reed", "+12025550171", null)).key();
    }

    private static Instant inHours(long hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    private TaskView call(String key, String assignee, Instant due) {
        return tasks.create(key, new NewTask("Call back about the consultation", TaskType.CALL, due, assignee));
    }

    private void makeOverdue(long taskId) {
        jdbc.update("update task set due_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(30))),
                taskId);
    }

    @Test
    void aCoordinatorCreatesATaskAndItsHistorySaysWhoAndWhen() {
        String key = newLead();
        TaskView task = call(key, "intake", inHours(3));

        assertThat(task.state()).isEqualTo(TaskState.OPEN);
        assertThat(task.leadKey()).isEqualTo(key);
        assertThat(task.createdBy()).isEqualTo("intake");
        assertThat(tasks.forLead(key)).extracting(TaskView::id).contains(task.id());
        List<TaskHistoryEntry> history = tasks.history(task.id());
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("created");
            assertThat(h.actor()).isEqualTo("intake");
            assertThat(h.details()).contains("Call").contains("for intake");
        });
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        String key = newLead();
        int before = tasks.forLead(key).size();

        assertThatThrownBy(() -> tasks.create(key, new NewTask(" ", null, Instant.now().minus(Duration.ofDays(1)),
                "nobody-of-that-name"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsKeys("title", "type", "assignee"));
        assertThatThrownBy(() -> call(key, "intake", Instant.now().minus(Duration.ofHours(2))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("dueAt"));
        assertThat(tasks.forLead(key)).hasSize(before);
    }

    @Test
    void completingACallRecordsItsOutcomeAndSchedulesTheNextAttemptInOneStep() {
        String key = newLead();
        TaskView task = call(key, "intake", inHours(1));

        Instant nextAttempt = inHours(24);
        Completed done = tasks.complete(task.id(), new TaskCompletion(task.version(), CallOutcome.NO_ANSWER, nextAttempt));

        assertThat(done.done().state()).isEqualTo(TaskState.DONE);
        assertThat(done.done().outcome()).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(done.done().closedBy()).isEqualTo("intake");
        assertThat(done.next()).isNotNull();
        assertThat(done.next().title()).isEqualTo(task.title());
        assertThat(done.next().assignee()).isEqualTo("intake");
        assertThat(done.next().dueAt()).isEqualTo(nextAttempt);
        assertThat(tasks.history(task.id())).extracting(TaskHistoryEntry::action).containsExactly("created", "done");
        assertThat(tasks.history(task.id()).get(1).details()).isEqualTo("Outcome: No answer");
    }

    @Test
    void aDoneTaskCannotBeCompletedAgainNorAStaleVersionSaved() {
        String key = newLead();
        TaskView task = call(key, "intake", inHours(1));
        TaskView edited = tasks.update(task.id(), new TaskEdit(task.version(), "Call in the afternoon", null, null, null,
                false));

        assertThatThrownBy(() -> tasks.update(task.id(), new TaskEdit(task.version(), "Mine", null, null, null, false)))
                .as("someone else saved first").isInstanceOf(ConflictException.class);
        tasks.complete(task.id(), new TaskCompletion(edited.version(), CallOutcome.REACHED, null));
        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskCompletion(edited.version() + 1, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already done");
        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskCompletion(edited.version(), null, inHours(-2))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyACallRecordsAnOutcomeAndTheNextAttemptMustLieAhead() {
        String key = newLead();
        TaskView email = tasks.create(key, new NewTask("Send the forms", TaskType.EMAIL, inHours(2), "intake"));
        TaskView call = call(key, "intake", inHours(2));

        assertThatThrownBy(() -> tasks.complete(email.id(), new TaskCompletion(email.version(), CallOutcome.REACHED, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("outcome"));
        assertThatThrownBy(() -> tasks.complete(call.id(), new TaskCompletion(call.version(), CallOutcome.VOICEMAIL,
                Instant.now().minus(Duration.ofHours(1))))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("nextAttemptAt"));
        assertThat(tasks.get(call.id()).state()).as("nothing half-saved").isEqualTo(TaskState.OPEN);
    }

    @Test
    void aClinicianManagesTheirOwnAndClinicalTasksOnly() {
        String key = leads.create(Leads.withClinician(Leads.form("Juniper", "Reed", "+12025550172", null), "clinician"))
                .key();
        TaskView coordinators = call(key, "intake", inHours(4));
        SignedIn.as("clinician", "CLINICIAN");

        assertThat(tasks.forLead(key)).extracting(TaskView::id).contains(coordinators.id());
        assertThatThrownBy(() -> tasks.cancel(coordinators.id(), coordinators.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> call(key, "intake", inHours(5))).isInstanceOf(ForbiddenException.class);
        TaskView own = call(key, "clinician", inHours(5));
        TaskView clinical = tasks.create(key, new NewTask("Infusion 2 of 6", TaskType.INFUSION, inHours(48), "intake"));
        assertThat(tasks.cancel(own.id(), own.version()).state()).isEqualTo(TaskState.CANCELLED);
        Instant moved = inHours(50);
        assertThat(tasks.update(clinical.id(), new TaskEdit(clinical.version(), null, null, moved, null, false))
                .dueAt()).isEqualTo(moved);
    }

    @Test
    void aLeadTheClinicianMayNotReadHasNoTasksForThemAndTheRefusalIsAudited() {
        String key = newLead(); // New inquiry, not clinical, not assigned to the clinician
        TaskView task = call(key, "intake", inHours(2));
        long denialsBefore = jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED'"
                + " and outcome = 'DENIED' and entity_id = ?", Long.class, key);
        SignedIn.as("clinician", "CLINICIAN");

        assertThatThrownBy(() -> tasks.forLead(key)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.get(task.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no task " + task.id() + ".");
        assertThatThrownBy(() -> call(key, "clinician", inHours(3))).isInstanceOf(NotFoundException.class);
        assertThat(tasks.nextDueTasks(List.of(task.itemId()))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED'"
                + " and outcome = 'DENIED' and entity_id = ?", Long.class, key)).isEqualTo(denialsBefore + 3);
    }

    @Test
    void myWorkSplitsOpenTasksIntoOverdueDueTodayAndUpcoming() {
        SignedIn.as("manager", "MANAGER"); // managers see only their own tasks here, no pool
        String key = newLead();
        TaskView overdue = call(key, "manager", inHours(1));
        makeOverdue(overdue.id());
        TaskView later = call(key, "manager", inHours(24 * 3));
        TaskView someoneElses = call(key, "intake", inHours(2));

        MyWork work = tasks.myWork(50);

        assertThat(work.overdue()).extracting(TaskView::id).contains(overdue.id());
        assertThat(work.upcoming()).extracting(TaskView::id).contains(later.id());
        assertThat(work.overdue()).extracting(TaskView::id).doesNotContain(someoneElses.id());
        assertThat(work.dueToday()).extracting(TaskView::id).doesNotContain(someoneElses.id());
        assertThat(work.overdueCount()).isGreaterThanOrEqualTo(1);
        assertThat(tasks.myCounts().overdue()).isEqualTo(work.overdueCount());
    }

    @Test
    void eachChoiceOfPersonFindsExactlyItsOpenTasks() {
        String key = newLead();
        TaskView intakes = call(key, "intake", inHours(5));
        TaskView nobodys = call(key, null, inHours(5));
        TaskView clinicians = call(key, "clinician", inHours(5));
        SignedIn.as("manager", "MANAGER");

        assertThat(tasks.team(null, DueFilter.ALL, PageRequest.of(0, 500)).getContent()).extracting(TaskView::id)
                .as("everyone's").contains(intakes.id(), nobodys.id(), clinicians.id());
        assertThat(tasks.team("", DueFilter.ALL, PageRequest.of(0, 500)).getContent()).extracting(TaskView::id)
                .as("nobody's").contains(nobodys.id()).doesNotContain(intakes.id(), clinicians.id());
        assertThat(tasks.team("intake", DueFilter.ALL, PageRequest.of(0, 500)).getContent()).extracting(TaskView::id)
                .as("one person's").contains(intakes.id()).doesNotContain(nobodys.id(), clinicians.id());

        SignedIn.as("intake", "INTAKE_COORDINATOR"); // coordinators also see the tasks nobody holds
        MyWork pool = tasks.myWork(100);
        assertThat(pool.dueToday().size() + pool.upcoming().size()).isGreaterThan(0);
        assertThat(concat(pool)).contains(intakes.id(), nobodys.id()).doesNotContain(clinicians.id());

        SignedIn.as("manager", "MANAGER"); // others only their own
        TaskView managers = call(key, "manager", inHours(5));
        MyWork own = tasks.myWork(100);
        assertThat(concat(own)).contains(managers.id()).doesNotContain(intakes.id(), nobodys.id(), clinicians.id());
    }

    private static List<Long> concat(MyWork work) {
        return java.util.stream.Stream.of(work.overdue(), work.dueToday(), work.upcoming()).flatMap(List::stream)
                .map(TaskView::id).toList();
    }

    @Test
    void everyTaskListShowsAndAuditsOnlyTasksOfLeadsTheReaderMayRead() {
        TaskListAccess.eachListShowsAndAuditsOnlyReadableLeads(tasks, leads, emergency, jdbc, "intake", "clinician",
                "manager");
    }

    @Test
    void aManagerSeesEveryonesWorkAndReassignsTasksAllOrNothing() {
        String key = newLead();
        TaskView a = call(key, "intake", inHours(6));
        TaskView b = call(key, null, inHours(7));
        assertThatThrownBy(() -> tasks.team(null, DueFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as("manager", "MANAGER");

        assertThat(tasks.team("", DueFilter.ALL, PageRequest.of(0, 500)).getContent()).extracting(TaskView::id)
                .contains(b.id()).doesNotContain(a.id());
        List<TaskView> moved = tasks.reassign(List.of(a.id(), b.id()), "clinician");
        assertThat(moved).extracting(TaskView::assignee).containsOnly("clinician");
        assertThat(tasks.history(b.id()).getLast().details()).isEqualTo("assigned to clinician");

        SignedIn.as("intake", "INTAKE_COORDINATOR");
        TaskView done = tasks.complete(tasks.get(a.id()).id(), new TaskCompletion(tasks.get(a.id()).version(),
                CallOutcome.REACHED, null)).done();
        SignedIn.as("manager", "MANAGER");
        assertThatThrownBy(() -> tasks.reassign(List.of(done.id(), b.id()), "intake"))
                .isInstanceOf(ConflictException.class);
        assertThat(tasks.get(b.id()).assignee()).as("all or nothing").isEqualTo("clinician");
        assertThatThrownBy(() -> tasks.reassign(List.of(b.id()), "no-such-person"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theNextDueTaskOfEachLeadForBoardCardsAndTheList() {
        String key = newLead();
        TaskView later = call(key, "intake", inHours(30));
        TaskView sooner = call(key, "intake", inHours(3));

        Map<Long, TaskView> next = tasks.nextDueTasks(List.of(sooner.itemId()));
        assertThat(next.get(sooner.itemId()).id()).isEqualTo(sooner.id());
        assertThat(tasks.nextDueTasksByKey(List.of(key)).get(key).id()).isEqualTo(sooner.id());
        assertThat(later.id()).isNotEqualTo(sooner.id());
    }

    @Test
    void schedulingAConsultationCreatesAConfirmationCallTheWorkingDayBeforeOrTheNextWorkingDay() {
        String key = newLead();
        workflow.transition(key, TransitionRequest.of("Contact"));
        workflow.transition(key, TransitionRequest.of("Schedule consultation"));

        TaskView confirmation = tasks.forLead(key).stream().filter(t -> "tasks-confirmation-call".equals(t.origin()))
                .findFirst().orElseThrow();
        ZoneId zone = levels.hours().zone();
        LocalDate expected = levels.hours().workingDayFrom(LocalDate.now(zone).plusDays(1));
        assertThat(confirmation.type()).isEqualTo(TaskType.CALL);
        assertThat(confirmation.dueAt()).as("no appointment given: the next working day at opening")
                .isEqualTo(levels.hours().openingOf(expected));
        assertThat(confirmation.assignee()).isEqualTo("intake");
    }

    @Test
    void completingATreatmentSeriesCreatesThreeFollowUpCheckIns() {
        String key = leads.create(Leads.withClinician(Leads.form("Juniper", "Reed", "+12025550173", null), "clinician"))
                .key();
        workflow.transition(key, TransitionRequest.of("Contact"));
        workflow.transition(key, TransitionRequest.of("Schedule consultation"));
        workflow.transition(key, TransitionRequest.of("Consultation held"));
        SignedIn.as("clinician", "CLINICIAN");
        workflow.transition(key, TransitionRequest.of("Start screening"));
        ScreeningSteps.screen(screenings, key, "Cleared", Instant.parse("2026-02-01T09:00:00Z"));
        workflow.transition(key, TransitionRequest.of("Approve for treatment"));
        workflow.transition(key, TransitionRequest.of("Start treatment"));
        workflow.transition(key, TransitionRequest.of("Complete series"));

        List<TaskView> checkIns = tasks.forLead(key).stream().filter(t -> t.type() == TaskType.FOLLOW_UP).toList();
        assertThat(checkIns).extracting(TaskView::title).containsExactly("Follow-up check-in (1 week)",
                "Follow-up check-in (1 month)", "Follow-up check-in (3 months)");
        assertThat(checkIns).extracting(TaskView::assignee).containsOnly("clinician");
        LocalDate today = LocalDate.now(levels.hours().zone());
        assertThat(checkIns.getFirst().dueAt())
                .isEqualTo(levels.hours().openingOf(levels.hours().workingDayFrom(today.plusWeeks(1))));
    }

    @Test
    void withAnAppointmentTheConfirmationCallIsDueTheWorkingDayBeforeAndAnUnreadableOneFallsBack() {
        String key = newLead();
        WorkItemView item = workflow.get(key);
        PostFunction confirmation = postFunctions.stream().filter(f -> f.id().equals("tasks-confirmation-call"))
                .findFirst().orElseThrow();
        ZoneId zone = levels.hours().zone();
        LocalDate monday = LocalDate.now(zone).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant appointment = monday.atTime(14, 0).atZone(zone).toInstant();
        RuleRef rule = new RuleRef("tasks-confirmation-call", Map.of("title", "Confirm the consultation"));

        tx.executeWithoutResult(s -> confirmation.apply(context(item, Map.of("appointment", appointment.toString())),
                rule, null));
        tx.executeWithoutResult(s -> confirmation.apply(context(item, Map.of("appointment", "next Tuesday")), rule,
                null));

        List<TaskView> calls = tasks.forLead(key);
        assertThat(calls).extracting(TaskView::dueAt).containsExactly(
                levels.hours().openingOf(levels.hours().workingDayFrom(LocalDate.now(zone).plusDays(1))),
                levels.hours().openingOf(levels.hours().previousWorkingDay(monday)));
        assertThat(calls).extracting(TaskView::title).containsOnly("Confirm the consultation");
    }

    private TransitionContext context(WorkItemView item, Map<String, Object> input) {
        return new TransitionContext(item, null, null, input, "intake", Set.of("INTAKE_COORDINATOR"), Instant.now(),
                levels.hours().zone(), field -> null);
    }
}
