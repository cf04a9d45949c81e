package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.board.ui.CardAction;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.support.ViewTest;
import com.pathway.support.TimelineText;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** The lead page's "Assigned to" panel and the managers' bulk dialog, with the demo users. */
class AssignmentPanelTest extends ViewTest {

    private static final String CLINICIAN_NAME = "Dr. Casey Clinician";
    private static final String INTAKE_NAME = "Isabel Intake";

    @Autowired
    LeadService leads;
    @Autowired
    LeadAssignmentService assignments;
    @Autowired
    WorkflowService workflow;

    private LeadDetails newLead() {
        signInAs("intake");
        LeadDetails lead = leads.create(Leads.form("Noa", "Brandt" + UUID.randomUUID().toString().substring(0, 6),
                "(202) 555-" + (1000 + (int) (Math.random() * 8999)), null));
        signOut();
        return lead;
    }

    private LeadDetails clinicalLead() {
        LeadDetails lead = newLead();
        signInAs("intake");
        for (String transition : List.of("Contact", "Schedule consultation", "Consultation held")) {
            workflow.transition(lead.key(), TransitionRequest.of(transition));
        }
        signOut();
        return lead;
    }

    /** The text of an element of the rows' markup (who holds each field). */
    private static String text(String id) {
        return _find(Div.class, spec -> spec.withClasses("assignment-who")).stream()
                .map(who -> org.jsoup.Jsoup.parseBodyFragment(who.getElement().getProperty("innerHTML", ""))
                        .getElementById(id))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow().text();
    }

    private static boolean shown(String buttonId) {
        return !_find(Button.class, spec -> spec.withId(buttonId)).isEmpty();
    }

    /** Picks the person the picker offers under that name, as a user choosing from its list. */
    private static void pick(AssigneePicker picker, String name) {
        picker.setValue(ComboBoxKt.getSuggestionItems(picker).stream().filter(a -> a.displayName().equals(name))
                .findFirst().orElseThrow());
    }

    private static String firstTimelineTitle() {
        return TimelineText.titles().getFirst();
    }

    @Test
    void aCoordinatorTakesALeadInOneClickThenPicksAClinicianAndTheTimelineSaysSo() {
        LeadDetails lead = newLead();
        open("intake", "leads/" + lead.key());
        assertThat(text("assignee-coordinator")).isEqualTo("Unassigned");
        assertThat(text("assignee-clinician")).isEqualTo("Unassigned");

        _click(_get(Button.class, spec -> spec.withId("assign-me-coordinator")));

        assertThat(text("assignee-coordinator")).isEqualTo(INTAKE_NAME);
        assertThat(shown("assign-me-coordinator")).as("already theirs").isFalse();
        assertThat(shown("assign-me-clinician")).as("a coordinator is not a clinician").isFalse();
        assertThat(notifications()).contains("You are now the coordinator of " + lead.key() + ".");

        _click(_get(Button.class, spec -> spec.withId("change-clinician")));
        AssigneePicker picker = _get(AssigneePicker.class, spec -> spec.withId("picker-clinician"));
        assertThat(ComboBoxKt.getSuggestions(picker)).contains(CLINICIAN_NAME).doesNotContain(INTAKE_NAME);
        pick(picker, CLINICIAN_NAME);
        _click(_get(Button.class, spec -> spec.withId("save-clinician")));

        assertThat(text("assignee-clinician")).isEqualTo(CLINICIAN_NAME);
        assertThat(firstTimelineTitle()).isEqualTo("Assigned to " + CLINICIAN_NAME + " (clinician)");
        assertThat(leads.get(lead.key()).form().clinician()).isEqualTo("clinician");
    }

    @Test
    void aClinicianMayOnlyTakeTheLeadAsItsClinician() {
        LeadDetails lead = clinicalLead();
        open("clinician", "leads/" + lead.key());

        assertThat(shown("assign-me-coordinator")).isFalse();
        assertThat(shown("change-coordinator")).isFalse();
        assertThat(shown("change-clinician")).isFalse();

        _click(_get(Button.class, spec -> spec.withId("assign-me-clinician")));

        assertThat(text("assignee-clinician")).isEqualTo(CLINICIAN_NAME);
        assertThat(shown("assign-me-clinician")).isFalse();
    }

    @Test
    void aLeadAssignedMeanwhileIsShownAsItIsNowWithTheRefusalUnderItsRow() {
        LeadDetails lead = newLead();
        open("intake", "leads/" + lead.key());
        // Someone else takes the lead first.
        signInAs("manager");
        assignments.assignToMe(lead.key(), AssignmentField.COORDINATOR, null);
        signInAs("intake");

        _click(_get(Button.class, spec -> spec.withId("assign-me-coordinator")));

        Div alert = _get(Div.class, spec -> spec.withId("assignment-alert-coordinator"));
        assertThat(alert.getElement().getTextRecursively()).contains("Not assigned.",
                lead.key() + " was changed by someone else meanwhile; it is shown as it is now.");
        assertThat(text("assignee-coordinator")).isEqualTo("Morgan Manager");
        assertThat(leads.get(lead.key()).form().coordinator()).isEqualTo("manager");
    }

    @Test
    void pickingNobodySaysSoWhereTheUserClicked() {
        LeadDetails lead = newLead();
        open("manager", "leads/" + lead.key());

        _click(_get(Button.class, spec -> spec.withId("change-clinician")));
        _click(_get(Button.class, spec -> spec.withId("save-clinician")));

        assertThat(_get(Div.class, spec -> spec.withId("assignment-alert-clinician")).getElement()
                .getTextRecursively()).isEqualTo("Choose a person first, or Cancel.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBulkDialogShowsWhatWillChangeAsksAndReportsLeadByLead() {
        LeadDetails a = newLead();
        LeadDetails b = newLead();
        signInAs("intake");
        assignments.assign(b.key(), AssignmentField.CLINICIAN, "clinician", null);
        signOut();
        open("manager", "leads");
        AtomicInteger refreshed = new AtomicInteger();
        BulkAssignDialog dialog = new BulkAssignDialog(assignments, List.of(a.key(), b.key(), "PW-99999999"),
                refreshed::incrementAndGet);
        dialog.open();

        _get(dialog, RadioButtonGroup.class, spec -> spec.withId("bulk-field")).setValue(AssignmentField.CLINICIAN);
        _click(_get(dialog, Button.class, spec -> spec.withId("bulk-review")));
        assertThat(_get(dialog, Div.class, spec -> spec.withId("bulk-alert")).getElement().getTextRecursively())
                .isEqualTo("Choose a person, or tick \u201CLeave it empty\u201D.");
        pick(_get(dialog, AssigneePicker.class, spec -> spec.withId("bulk-picker")), CLINICIAN_NAME);
        _click(_get(dialog, Button.class, spec -> spec.withId("bulk-review")));

        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("bulk-question")).getText())
                .isEqualTo("Reassign 1 lead from unassigned to " + CLINICIAN_NAME + " as clinician.");
        assertThat(_find(dialog, ListItem.class).stream().map(ListItem::getText)).containsExactly(
                "1 lead is already assigned to " + CLINICIAN_NAME + ".", "PW-99999999: There is no item PW-99999999.");
        assertThat(leads.get(a.key()).form().clinician()).as("nothing changes before the confirmation").isNull();
        Button confirm = _get(dialog, Button.class, spec -> spec.withId("bulk-confirm"));
        assertThat(confirm.getText()).isEqualTo("Reassign 1 lead");

        _click(confirm);

        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("bulk-done")).getText())
                .isEqualTo("Reassigned 1 lead. 1 lead could not be changed:");
        assertThat(leads.get(a.key()).form().clinician()).isEqualTo("clinician");
        assertThat(refreshed).hasValue(1);
        dialog.close();

        BulkAssignDialog clearing = new BulkAssignDialog(assignments, List.of(a.key(), b.key()), () -> { });
        clearing.open();
        _get(clearing, RadioButtonGroup.class, spec -> spec.withId("bulk-field")).setValue(AssignmentField.CLINICIAN);
        _get(clearing, Checkbox.class, spec -> spec.withId("bulk-clear")).setValue(true);
        _click(_get(clearing, Button.class, spec -> spec.withId("bulk-review")));
        assertThat(_get(clearing, Paragraph.class, spec -> spec.withId("bulk-question")).getText())
                .isEqualTo("Unassign the clinician of 2 leads from " + CLINICIAN_NAME + ".");
    }

    /** The actions the board offers on a card to the signed-in user (the beans it finds), by id. */
    private Map<String, CardAction> cardActions() {
        Map<String, CardAction> offered = new LinkedHashMap<>();
        context.getBeansOfType(CardAction.class).values().stream().filter(CardAction::available)
                .forEach(action -> offered.put(action.id(), action));
        return offered;
    }

    @Test
    void aCardsActionsAssignInOneClickOrWithThePicker() {
        LeadDetails lead = clinicalLead();
        open("intake", "leads");
        AtomicInteger changed = new AtomicInteger();
        Map<String, CardAction> actions = cardActions();
        assertThat(actions.values()).extracting(CardAction::label).containsExactlyInAnyOrder(
                "Assign to me as coordinator", "Coordinator\u2026", "Clinician\u2026");

        actions.get("assign-me-coordinator").run(lead.key(), changed::incrementAndGet);
        assertThat(changed).hasValue(1);
        assertThat(leads.get(lead.key()).form().coordinator()).isEqualTo("intake");
        assertThat(notifications()).contains("Assigned " + lead.key() + ".");

        actions.get("assign-clinician").run(lead.key(), changed::incrementAndGet);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("quick-assign-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("quick-assign-save")));
        assertThat(_get(dialog, InlineAlert.class, spec -> spec.withId("quick-assign-alert")).text())
                .contains("Choose a person first");
        pick(_get(dialog, AssigneePicker.class, spec -> spec.withId("quick-assign-picker")), CLINICIAN_NAME);
        _click(_get(dialog, Button.class, spec -> spec.withId("quick-assign-save")));

        assertThat(changed).hasValue(2);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(leads.get(lead.key()).form().clinician()).isEqualTo("clinician");

        signInAs("clinician");
        assertThat(cardActions().keySet()).containsExactly("assign-me-clinician");
        signInAs("admin");
        assertThat(cardActions()).isEmpty();
    }
}
