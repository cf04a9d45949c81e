package com.pathway.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

@WorkflowTest
@RecordApplicationEvents
class WorkflowServiceTest {

    @Autowired
    WorkflowService workflow;

    @Autowired
    SampleWorkflow.SampleFields sampleFields;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SampleWorkflow.CommittedEvents committed;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        SignedIn.as("ivy", "INTAKE_COORDINATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private WorkItemView newTask(String summary) {
        return workflow.create(new NewWorkItem("SMP", "TASK", summary, null));
    }

    private WorkItemView run(WorkItemView item, String transition, Map<String, Object> fields) {
        return workflow.transition(item.key(), new TransitionRequest(transition, fields, null, null));
    }

    private long historyRows(WorkItemView item) {
        return workflow.history(item.key(), PageRequest.of(0, 100)).getTotalElements();
    }

    private static String tomorrow() {
        return LocalDate.now().plusDays(2).toString();
    }

    @Test
    void createsAnItemWithTheProjectKeyInTheInitialStatus() {
        WorkItemView item = workflow.create(new NewWorkItem("smp", "BUG", "  Printer on fire ", "Bob"));

        assertThat(item.key()).matches("SMP-\\d+");
        assertThat(item.project()).isEqualTo("SMP");
        assertThat(item.status()).isEqualTo("Open");
        assertThat(item.category()).isEqualTo(StatusCategory.TODO);
        assertThat(item.summary()).isEqualTo("Printer on fire");
        assertThat(item.reporter()).isEqualTo("ivy");
        assertThat(item.assignee()).isEqualTo("bob");
        assertThat(item.resolution()).isNull();
        assertThat(item.workflow()).isEqualTo("sample");
        assertThat(workflow.get(item.key().toLowerCase())).isEqualTo(item);
        assertThat(workflow.history(item.key(), PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(h -> {
                    assertThat(h.fromStatus()).isNull();
                    assertThat(h.toStatus()).isEqualTo("Open");
                    assertThat(h.actor()).isEqualTo("ivy");
                });
        assertThat(events.stream(ItemCreated.class)).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo(item.key()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'WORK_ITEM_CREATED'"
                + " and entity_id = ? and actor = 'ivy'", Integer.class, item.key())).isEqualTo(1);
    }

    @Test
    void rejectsEveryProblemOfACreateRequest() {
        assertThatThrownBy(() -> workflow.create(new NewWorkItem(" ", "", "", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("project", "type", "summary"));
        assertThatThrownBy(() -> workflow.create(new NewWorkItem("NOPE", "TASK", "x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("project"));
        assertThatThrownBy(() -> workflow.create(new NewWorkItem("SMP", "EPIC", "x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("type"));
    }

    @Test
    void needsASignedInUser() {
        SignedIn.out();

        assertThatThrownBy(() -> newTask("anonymous"))
                .isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class);
    }

    @Test
    void unknownItemIsNotFound() {
        assertThatThrownBy(() -> workflow.get("SMP-999999")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.availableTransitions("XYZ")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsOnlyTheTransitionsWhoseConditionsHold() {
        WorkItemView item = newTask("Conditions");
        assertThat(workflow.availableTransitions(item.key())).extracting(AvailableTransition::name)
                .containsExactly("Start", "Close");

        run(item, "start", Map.of());
        assertThat(workflow.availableTransitions(item.key())).extracting(AvailableTransition::id)
                .containsExactly("send-to-review", "close");
        assertThat(workflow.availableTransitions(item.key()).get(0).screen())
                .extracting(ScreenField::name).containsExactly("dueDate", "priority");

        SignedIn.as("bob", "INTAKE_COORDINATOR");
        assertThat(workflow.availableTransitions(item.key())).as("only the assignee may send to review")
                .extracting(AvailableTransition::name).containsExactly("Close");
    }

    @Test
    void postFunctionAssignsTheCurrentUserAndTheChangelogRecordsIt() {
        WorkItemView started = run(newTask("Assign"), "Start", Map.of());

        assertThat(started.status()).isEqualTo("In progress");
        assertThat(started.category()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(started.assignee()).isEqualTo("ivy");
        assertThat(workflow.fieldChanges(started.key(), PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(c -> {
                    assertThat(c.field()).isEqualTo("assignee");
                    assertThat(c.oldValue()).isNull();
                    assertThat(c.newValue()).isEqualTo("ivy");
                });
        assertThat(events.stream(ItemTransitioned.class)).singleElement().satisfies(e -> {
            assertThat(e.fromStatus()).isEqualTo("Open");
            assertThat(e.toStatus()).isEqualTo("In progress");
            assertThat(e.transition()).isEqualTo("Start");
            assertThat(e.actor()).isEqualTo("ivy");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'WORK_ITEM_TRANSITIONED'"
                + " and entity_id = ?", Integer.class, started.key())).isEqualTo(1);
    }

    @Test
    void reportsEveryValidatorErrorTogetherAndChangesNothing() {
        WorkItemView started = run(newTask("Validators"), "Start", Map.of());
        long rows = historyRows(started);

        assertThatThrownBy(() -> run(started, "Send to review", Map.of("priority", "urgent")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("dueDate", "Enter the due date.")
                        .containsEntry("priority", "Choose low, normal or high."));
        assertThatThrownBy(() -> run(started, "Send to review", Map.of("dueDate", "2001-01-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("dueDate", "Choose a date after today."));
        assertThatThrownBy(() -> run(started, "Send to review", Map.of("dueDate", "soon", "colour", "red")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("dueDate", "colour"));

        assertThat(events.stream(ItemTransitioned.class)).as("only the start was announced").hasSize(1);
        WorkItemView unchanged = workflow.get(started.key());
        assertThat(unchanged.status()).isEqualTo("In progress");
        assertThat(unchanged.version()).isEqualTo(started.version());
        assertThat(historyRows(started)).isEqualTo(rows);
        assertThat(sampleFields.read(started.id(), "priority")).isNull();
    }

    @Test
    void writesScreenFieldsToThePluginAndKeepsThemInTheHistory() {
        WorkItemView started = run(newTask("Screen"), "Start", Map.of());
        String due = tomorrow();

        WorkItemView review = workflow.transition(started.key(),
                new TransitionRequest("Send to review", Map.of("dueDate", due, "priority", "high"), "Looks good", null));

        assertThat(review.status()).isEqualTo("Review");
        assertThat(sampleFields.read(review.id(), "dueDate")).isEqualTo(due);
        assertThat(sampleFields.read(review.id(), "priority")).isEqualTo("high");
        HistoryEntry last = workflow.history(review.key(), PageRequest.of(0, 10)).getContent().get(2);
        assertThat(last.transition()).isEqualTo("Send to review");
        assertThat(last.fromStatus()).isEqualTo("In progress");
        assertThat(last.comment()).isEqualTo("Looks good");
        assertThat(last.fields()).containsEntry("dueDate", due).containsEntry("priority", "high");
        assertThat(last.millisInFromStatus()).isNotNull().isNotNegative();
    }

    @Test
    void otherModulesHearOfChangesAfterCommitAndOfRefusedOnesNever() {
        WorkItemView item = newTask("Events");
        run(item, "Start", Map.of());
        assertThatThrownBy(() -> run(item, "Close", Map.of())).isInstanceOf(InvalidInputException.class);

        assertThat(committed.received).filteredOn(e -> e instanceof ItemCreated c && c.key().equals(item.key()))
                .hasSize(1);
        assertThat(committed.received)
                .filteredOn(e -> e instanceof ItemTransitioned t && t.key().equals(item.key()))
                .extracting(e -> ((ItemTransitioned) e).transition()).containsExactly("Start");
    }

    @Test
    void aConditionThatFailsForbidsTheTransition() {
        WorkItemView started = run(newTask("Forbidden"), "Start", Map.of());
        SignedIn.as("bob", "INTAKE_COORDINATOR");

        assertThatThrownBy(() -> run(started, "Send to review", Map.of("dueDate", tomorrow())))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("Send to review");
        assertThat(workflow.get(started.key()).status()).isEqualTo("In progress");
    }

    @Test
    void aTransitionThatDoesNotLeaveTheCurrentStatusIsAConflict() {
        WorkItemView item = newTask("Wrong status");

        assertThatThrownBy(() -> run(item, "Approve", Map.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("while it is in Open");
        assertThatThrownBy(() -> run(item, "Teleport", Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("transition"));
    }

    @Test
    void approvalSetsTheResolutionAndReopeningClearsIt() {
        WorkItemView item = run(newTask("Resolution"), "Start", Map.of());
        item = run(item, "Send to review", Map.of("dueDate", tomorrow()));
        SignedIn.as("mia", "MANAGER");

        WorkItemView done = run(item, "Approve", Map.of());
        assertThat(done.category()).isEqualTo(StatusCategory.DONE);
        assertThat(done.resolution()).isEqualTo("Fixed");
        assertThat(done.assignee()).as("unassigned by a post-function").isNull();
        assertThat(workflow.history(done.key(), PageRequest.of(0, 10)).getContent().get(3).resolution())
                .isEqualTo("Fixed");

        WorkItemView reopened = run(done, "Reopen", Map.of());
        assertThat(reopened.status()).isEqualTo("Open");
        assertThat(reopened.resolution()).isNull();
        assertThat(sampleFields.read(reopened.id(), "priority")).as("set-field post-function").isEqualTo("high");
        assertThat(workflow.fieldChanges(done.key(), PageRequest.of(0, 20)).getContent())
                .extracting(c -> c.field() + ":" + c.oldValue() + ">" + c.newValue())
                .containsExactly("assignee:null>ivy", "assignee:ivy>null", "resolution:null>Fixed",
                        "resolution:Fixed>null");
    }

    @Test
    void closingNeedsAResolutionFromTheScreenAndAFieldValueConditionGuardsReopen() {
        WorkItemView item = newTask("Close");

        assertThatThrownBy(() -> run(item, "Close", Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("resolution", "Choose a resolution."));
        assertThatThrownBy(() -> run(item, "Close", Map.of("resolution", "Maybe")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("resolution"));

        WorkItemView closed = run(item, "Close", Map.of("resolution", "Duplicate"));
        assertThat(closed.resolution()).isEqualTo("Duplicate");
        assertThat(workflow.availableTransitions(closed.key())).extracting(AvailableTransition::name)
                .containsExactly("Close");
        assertThatThrownBy(() -> run(closed, "Reopen", Map.of())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        WorkItemView item = newTask("Stale");
        WorkItemView started = run(item, "Start", Map.of());

        assertThatThrownBy(() -> workflow.transition(item.key(),
                new TransitionRequest("Close", Map.of("resolution", "Fixed"), null, item.version())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
        assertThat(workflow.transition(item.key(),
                new TransitionRequest("Close", Map.of("resolution", "Fixed"), null, started.version())).status())
                .isEqualTo("Done");
    }

    @Test
    void historyIsPagedOldestFirst() {
        WorkItemView item = run(newTask("History"), "Start", Map.of());
        run(item, "Close", Map.of("resolution", "Fixed"));

        var first = workflow.history(item.key(), PageRequest.of(0, 2));
        var second = workflow.history(item.key(), PageRequest.of(1, 2));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).extracting(HistoryEntry::toStatus).containsExactly("Open", "In progress");
        assertThat(second.getContent()).extracting(HistoryEntry::toStatus).containsExactly("Done");
    }

    @Test
    void searchesByProjectStatusCategoryAndAssignee() {
        SignedIn.as("searcher", "INTAKE_COORDINATOR");
        WorkItemView a = run(newTask("Search A"), "Start", Map.of());
        run(newTask("Search B"), "Start", Map.of());
        newTask("Search C");

        var mine = workflow.search(new ItemFilter("SMP", null, "in progress", null, "Searcher"),
                PageRequest.of(0, 1, Sort.by("id")));
        assertThat(mine.getTotalElements()).isEqualTo(2);
        assertThat(mine.getContent()).extracting(WorkItemView::key).containsExactly(a.key());
        assertThat(workflow.search(new ItemFilter(null, "TASK", null, StatusCategory.IN_PROGRESS, "searcher"),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
        assertThatThrownBy(() -> workflow.search(new ItemFilter("NOPE", null, null, null, null), PageRequest.of(0, 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
