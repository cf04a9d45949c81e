package com.pathway.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.support.ViewTest;
import com.pathway.tasks.CallOutcome;
import com.pathway.tasks.TaskType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
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

    private static List<ListItem> rows() {
        Div panel = _get(Div.class, spec -> spec.withId("lead-tasks"));
        return _find(panel, ListItem.class, spec -> spec.withClasses("task-row"));
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
        assertThat(_get(rows().getFirst(), Span.class, spec -> spec.withClasses("task-title")).getText())
                .isEqualTo("Call about the consultation");

        _click(_get(rows().getFirst(), Button.class, spec -> spec.withClasses("task-complete")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CallOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("call-outcome"));
        outcome.setValue(CallOutcome.NO_ANSWER);
        assertThat(_get(Checkbox.class, spec -> spec.withId("schedule-next")).getValue())
                .as("no answer offers the next attempt").isTrue();
        _click(_get(Button.class, spec -> spec.withId("complete-save")));

        assertThat(rows()).hasSize(2);
        assertThat(rows().getFirst().getClassNames()).contains("task-open");
        assertThat(rows().get(1).getClassNames()).contains("task-closed");
        assertThat(_get(rows().get(1), Span.class, spec -> spec.withClasses("task-due")).getText())
                .isEqualTo("Done · No answer");
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
