package com.pathway.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.support.ViewTest;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.SampleWorkflow;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The transition bar on the work item page, with the sample workflow of the engine's tests. */
@Import(SampleWorkflow.class)
class TransitionBarTest extends ViewTest {

    @Autowired
    WorkflowService workflow;

    private String newItem() {
        signInAs("admin");
        return workflow.create(new NewWorkItem("SMP", "TASK", "Call back", null)).key();
    }

    @Test
    void showsAButtonForEachTransitionTheUserMayRunNow() {
        String key = newItem();
        open("admin", "items/" + key);

        assertThat(transitionButtons()).containsExactlyInAnyOrder("Start", "Close");
        assertThat(status()).isEqualTo("Open");
        Button comment = _get(Button.class, spec -> spec.withId("transition-start-comment"));
        assertThat(comment.getAriaLabel()).contains("Start with a comment");
    }

    @Test
    void runsATransitionWithoutAScreenAndRefreshesThePage() {
        String key = newItem();
        open("admin", "items/" + key);

        _click(_get(Button.class, spec -> spec.withId("transition-start")));

        assertThat(workflow.get(key).status()).isEqualTo("In progress");
        assertThat(status()).isEqualTo("In progress");
        assertThat(transitionButtons()).containsExactlyInAnyOrder("Send to review", "Close");
        assertThat(notifications()).contains(key + " is now in In progress.");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 1)).contains("Start", "Open", "In progress", "admin");
    }

    @Test
    void asksForTheScreenFieldsAndShowsValidatorErrorsNextToThem() {
        String key = newItem();
        workflow.transition(key, TransitionRequest.of("Start"));
        open("admin", "items/" + key);

        _click(_get(Button.class, spec -> spec.withId("transition-send-to-review")));
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("screen-dueDate"));
        TextField priority = _get(TextField.class, spec -> spec.withId("screen-priority"));
        assertThat(due.getLabel()).isEqualTo("Due date");
        priority.setValue("urgent");
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Enter the due date.");
        assertThat(priority.isInvalid()).isTrue();
        assertThat(priority.getErrorMessage()).isEqualTo("Choose low, normal or high.");
        assertThat(priority.getValue()).as("what was typed stays").isEqualTo("urgent");
        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).hasSize(1);
        assertThat(workflow.get(key).status()).isEqualTo("In progress");

        due.setValue(LocalDate.now().plusDays(3));
        priority.setValue("high");
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).isEmpty();
        assertThat(workflow.get(key).status()).isEqualTo("Review");
        assertThat(status()).isEqualTo("Review");
    }

    @Test
    void aChoiceFieldOffersItsOptionsAndItsValidatorErrorShowsOnIt() {
        String key = newItem();
        open("admin", "items/" + key);

        _click(_get(Button.class, spec -> spec.withId("transition-close")));
        @SuppressWarnings("unchecked")
        Select<String> resolution = _get(Select.class, spec -> spec.withId("screen-resolution"));
        assertThat(resolution.getListDataView().getItems().toList()).containsExactly("Fixed", "Won't do", "Duplicate");
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));
        assertThat(resolution.getErrorMessage()).isEqualTo("Choose a resolution.");

        resolution.setValue("Duplicate");
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        WorkItemView closed = workflow.get(key);
        assertThat(closed.status()).isEqualTo("Done");
        assertThat(closed.resolution()).isEqualTo("Duplicate");
        assertThat(transitionButtons()).as("Reopen is refused for duplicates by its condition").containsExactly("Close");
    }

    @Test
    void aConflictIsExplainedAndTheItemReloaded() {
        String key = newItem();
        open("admin", "items/" + key);
        workflow.transition(key, TransitionRequest.of("Start"));

        _click(_get(Button.class, spec -> spec.withId("transition-start")));

        assertThat(_get(TransitionBar.class).refusalText()).isEqualTo(key + " was changed by someone else meanwhile;"
                + " reload it and try again. It has been reloaded here: check what changed before trying again.");
        assertThat(notifications()).as("said under the buttons, not in a toast that vanishes").isEmpty();
        assertThat(status()).isEqualTo("In progress");
        assertThat(transitionButtons()).containsExactlyInAnyOrder("Send to review", "Close");
    }

    private static List<String> transitionButtons() {
        // The comment buttons beside screen-less transitions carry an icon and an accessible name, no text.
        return _find(_get(TransitionBar.class), Button.class).stream().map(Button::getText).filter(t -> !t.isEmpty())
                .toList();
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withClasses("status-badge")).getText();
    }
}
