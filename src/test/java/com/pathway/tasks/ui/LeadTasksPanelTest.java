package com.pathway.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.shared.ui.MarkupButtons;
import com.pathway.support.DomEvents;
import com.pathway.support.ViewTest;
import com.pathway.tasks.CallOutcome;
import com.pathway.tasks.TaskType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The Tasks card of the lead page, and the service-level line under the lead's name. */
class LeadTasksPanelTest extends ViewTest {

    @Autowired
    LeadService leads;

    private LeadDetails newLead() {
        signInAs("intake");
        LeadDetails lead = leads.create(Leads.form("Rowan", "Ashby", "(202) 555-0164", null));
        signOut();
        return lead;
    }

    private static TaskRows taskRows() {
        return _get(_get(Div.class, spec -> spec.withId("lead-tasks")), TaskRows.class);
    }

    /** The rows as the browser shows them: the list is sent as markup. */
    private static List<org.jsoup.nodes.Element> rows() {
        return org.jsoup.Jsoup.parseBodyFragment(taskRows().getElement().getProperty("innerHTML", ""))
                .select("li.task-row");
    }

    /** A click on a row's button, as the browser sends it to the list's one listener. */
    private static void click(org.jsoup.nodes.Element row, String buttonClass) {
        org.jsoup.nodes.Element button = row.selectFirst("vaadin-button." + buttonClass);
        assertThat(button).as(buttonClass + " is offered").isNotNull();
        DomEvents.fire(taskRows(), "click", Map.of(MarkupButtons.ACTION, button.attr("data-action"),
                TaskRows.TASK, row.attr("data-task"), TaskRows.ON_A_BUTTON, true));
    }

    @Test
    void aCoordinatorAddsACallAndCompletesItWithNoAnswerAndTheNextAttempt() {
        LeadDetails lead = newLead();
        open("intake", "leads/" + lead.key());
        assertThat(_get(Span.class, spec -> spec.withId("lead-sla-next")).getText()).startsWith("First response: ");

        _click(_get(Button.class, spec -> spec.withId("add-task")));
        _get(TextField.class, spec -> spec.withId("task-title")).setValue("Call about the consultation");
        @SuppressWarnings("unchecked")
        Select<TaskType> type = _get(Select.class, spec -> spec.withId("task-type"));
        type.setValue(TaskType.CALL);
        _get(DateTimePicker.class, spec -> spec.withId("task-due")).setValue(LocalDateTime.now().plusDays(2)
                .withHour(10).withMinute(0).withSecond(0).withNano(0));
        _click(_get(Button.class, spec -> spec.withId("task-save")));

        assertThat(rows()).hasSize(1);
        assertThat(rows().getFirst().selectFirst(".task-title").text()).isEqualTo("Call about the consultation");
        assertThat(rows().getFirst().select("vaadin-button").eachText()).containsExactly("Complete", "Edit",
                "Cancel task");

        // a request naming a task this list does not show, or an action it does not offer, opens nothing
        DomEvents.fire(taskRows(), "click", Map.of(MarkupButtons.ACTION, "complete", TaskRows.TASK, "999999999",
                TaskRows.ON_A_BUTTON, true));
        DomEvents.fire(taskRows(), "click", Map.of(MarkupButtons.ACTION, "delete", TaskRows.TASK,
                rows().getFirst().attr("data-task"), TaskRows.ON_A_BUTTON, true));
        DomEvents.fire(taskRows(), "click", Map.of(MarkupButtons.ACTION, "complete", TaskRows.TASK, "PW-1",
                TaskRows.ON_A_BUTTON, true));
        DomEvents.fire(taskRows(), "click", Map.of(TaskRows.ON_A_BUTTON, true));
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("call-outcome"))).isEmpty();

        click(rows().getFirst(), "task-complete");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CallOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("call-outcome"));
        outcome.setValue(CallOutcome.NO_ANSWER);
        assertThat(_get(Checkbox.class, spec -> spec.withId("schedule-next")).getValue())
                .as("no answer offers the next attempt").isTrue();
        _click(_get(Button.class, spec -> spec.withId("complete-save")));

        assertThat(rows()).hasSize(2);
        assertThat(rows().getFirst().hasClass("task-open")).isTrue();
        assertThat(rows().get(1).hasClass("task-closed")).isTrue();
        assertThat(rows().get(1).selectFirst(".task-due").text()).isEqualTo("Done · No answer");
    }

    @Test
    void badInputStaysInTheDialogWithTheMessageOnTheField() {
        LeadDetails lead = newLead();
        open("intake", "leads/" + lead.key());

        _click(_get(Button.class, spec -> spec.withId("add-task")));
        _click(_get(Button.class, spec -> spec.withId("task-save")));

        TextField title = _get(TextField.class, spec -> spec.withId("task-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter a title of 1 to 200 characters.");
        assertThat(rows()).isEmpty();
    }

    @Test
    void anAdministratorWhoMayNotReadLeadsNeverSeesTheirTasks() {
        LeadDetails lead = newLead();
        open("admin", "leads/" + lead.key());
        assertThat(_find(Div.class, spec -> spec.withId("lead-tasks"))).isEmpty();
    }
}
