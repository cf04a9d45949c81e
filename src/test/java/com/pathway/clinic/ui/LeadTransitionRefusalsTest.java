package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.screening.ScreeningService;
import com.pathway.clinic.screening.ScreeningSteps;
import com.pathway.clinic.screening.ui.ScreeningPanel;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.support.ViewTest;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.ui.TransitionBar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

/**
 * Each transition of the clinic workflow, clicked on the lead page while what it needs is missing:
 * the refusal is said under the buttons (or in the transition's dialog), in words that say what to do.
 */
class LeadTransitionRefusalsTest extends ViewTest {

    /** The clinic workflow's path from a new lead, and who runs each step. */
    private static final List<Map.Entry<String, String>> PATH = List.of(
            Map.entry("Contact", "intake"),
            Map.entry("Schedule consultation", "intake"),
            Map.entry("Consultation held", "intake"),
            Map.entry("Start screening", "clinician"),
            Map.entry("Approve for treatment", "clinician"),
            Map.entry("Start treatment", "clinician"),
            Map.entry("Complete series", "clinician"));

    @Autowired
    ScreeningService screenings;
    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    /** A lead of the clinician's, moved along the workflow until {@code transition} is the next step. */
    private String leadBefore(String transition) {
        signInAs("intake");
        String key = leads.create(Leads.withClinician(Leads.form("Noor", "Haddad", "+12025550199", null), "clinician"))
                .key();
        for (Map.Entry<String, String> step : PATH) {
            if (step.getKey().equals(transition)) {
                break;
            }
            signInAs(step.getValue());
            if (step.getKey().equals("Approve for treatment")) {
                ScreeningSteps.screen(screenings, key, "Cleared", Instant.parse("2026-02-01T09:00:00Z"));
            }
            workflow.transition(key, TransitionRequest.of(step.getKey()));
        }
        if (transition.equals("Reopen")) {
            workflow.transition(key, new TransitionRequest("Close", Map.of("resolution", "Declined"), null, null));
        }
        signOut();
        return key;
    }

    private static String refusal() {
        return _get(TransitionBar.class).refusalText();
    }

    private static String status() {
        return _get(Div.class, spec -> spec.withId("lead-status")).getElement().getTextRecursively();
    }

    private static Button button(String transition) {
        return _find(_get(TransitionBar.class), Button.class).stream().filter(b -> b.getText().equals(transition))
                .findFirst().orElseThrow(() -> new AssertionError("No button " + transition));
    }

    @Test
    void approvingWithoutScreeningOrConsentSaysWhatIsMissingAndWhereAClinicianRecordsIt() {
        String key = leadBefore("Approve for treatment");
        open("clinician", "leads/" + key);

        _click(button("Approve for treatment"));

        assertThat(refusal()).contains("\u201CApprove for treatment\u201D was not done.",
                "Approving for treatment needs a signed screening: a clinician fills in the screening checklist under"
                        + " Screening on the lead page and signs it.",
                "Approving for treatment needs the signed treatment consent: a clinician records when and how it was"
                        + " taken under Treatment consent on the lead page.");
        Div region = _get(Div.class, spec -> spec.withId("transition-refusal"));
        assertThat(region.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(status()).isEqualTo("Screening");
        assertThat(notifications()).as("said in place, not in a toast").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClinicianSignsTheScreeningAndRecordsTheConsentOnTheLeadPageAndThenApproves() {
        String key = leadBefore("Approve for treatment");
        open("clinician", "leads/" + key);
        _click(button("Approve for treatment"));

        ScreeningPanel panel = _get(ScreeningPanel.class);
        _find(panel, RadioButtonGroup.class).forEach(choice -> choice.setValue("No"));
        _click(_get(Button.class, spec -> spec.withId("screening-sign")));
        assertThat(_get(Span.class, spec -> spec.withId("screening-state")).getText()).isEqualTo("Signed");
        _get(DateTimePicker.class, spec -> spec.withId("consent-signed-at")).setValue(LocalDateTime.of(2026, 2, 1, 9, 30));
        _get(Select.class, spec -> spec.withId("consent-method")).setValue("Written, in person");
        _click(_get(Button.class, spec -> spec.withId("consent-record")));

        assertThat(refusal()).as("the old refusal no longer applies").isEmpty();
        _click(button("Approve for treatment"));

        assertThat(refusal()).isEmpty();
        assertThat(status()).isEqualTo("Treatment scheduled");
        signInAs("clinician");
        assertThat(leads.get(key).screeningOutcome()).isEqualTo("Cleared");
    }

    @Test
    void signingWithAnUnansweredQuestionNamesItUnderTheButtonAndSavesNothing() {
        String key = leadBefore("Approve for treatment");
        open("clinician", "leads/" + key);

        _click(_get(Button.class, spec -> spec.withId("screening-sign")));

        assertThat(_get(InlineAlert.class, spec -> spec.withId("screening-refusal")).text())
                .contains("The screening was not signed.", "Answer every question before signing",
                        "Uncontrolled high blood pressure");
        signInAs("clinician");
        assertThat(leads.get(key).screeningComplete()).isFalse();
        assertThat(screenings.get(key).current()).as("nothing half-saved").isNull();
    }

    @Test
    void approvingAfterAContraindicatedScreeningSaysWhatToDoInstead() {
        String key = leadBefore("Approve for treatment");
        signInAs("clinician");
        ScreeningSteps.screen(screenings, key, "Contraindicated", Instant.parse("2026-02-01T09:00:00Z"));
        open("clinician", "leads/" + key);

        _click(button("Approve for treatment"));

        assertThat(refusal()).contains("contraindication answered yes", "close the lead as not eligible")
                .doesNotContain("signed treatment consent");
    }

    @Test
    void onlyCliniciansSeeTheScreeningForm() {
        String key = leadBefore("Contact");
        open("intake", "leads/" + key);

        assertThat(_find(Button.class, spec -> spec.withId("screening-sign"))).isEmpty();
        assertThat(_find(ScreeningPanel.class).stream().filter(com.vaadin.flow.component.Component::isVisible)).isEmpty();
        signOut();
        open("clinician", "leads/" + leadBefore("Start screening"));
        assertThat(_find(Button.class, spec -> spec.withId("screening-sign"))).hasSize(1);
    }

    @Test
    void closingWithoutAResolutionSaysSoNextToTheResolution() {
        String key = leadBefore("Contact");
        open("intake", "leads/" + key);

        _click(button("Close"));
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        @SuppressWarnings("unchecked")
        Select<String> resolution = _get(Select.class, spec -> spec.withId("screen-resolution"));
        assertThat(resolution.isInvalid()).isTrue();
        assertThat(resolution.getErrorMessage()).isNotBlank();
        assertThat(status()).isEqualTo("New inquiry");
    }

    @Test
    void aCoordinatorClosingAsNotEligibleIsToldToChooseAnotherResolutionOrAskTheClinician() {
        String key = leadBefore("Contact");
        open("intake", "leads/" + key);

        _click(button("Close"));
        @SuppressWarnings("unchecked")
        Select<String> resolution = _get(Select.class, spec -> spec.withId("screen-resolution"));
        resolution.setValue("Not eligible");
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        assertThat(resolution.getErrorMessage()).isEqualTo("Only a clinician may close a lead as Not eligible: choose"
                + " another resolution, or ask the lead's clinician to close it.");
        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).hasSize(1);
        assertThat(status()).isEqualTo("New inquiry");
    }

    @Test
    void aConditionThatNoLongerHoldsAtTheClickIsExplainedAndTheButtonsReloaded() {
        String key = leadBefore("Approve for treatment");
        open("clinician", "leads/" + key);
        Button approve = button("Approve for treatment");
        // The user's access changes while the page is open (here: someone else's session, a manager's).
        signInAs("manager");

        _click(approve);

        assertThat(refusal()).contains("You may not run \"Approve for treatment\" on " + key,
                "the buttons now show what you may do");
        assertThat(_find(_get(TransitionBar.class), Button.class)).extracting(Button::getText)
                .doesNotContain("Approve for treatment");
        assertThat(status()).isEqualTo("Screening");
    }

    /**
     * Every transition guarded by a role, clicked by someone who had that role when the page was shown
     * and has it no longer (another session, a manager changing roles): said under the buttons, with the
     * buttons reloaded. "Consultation held" and "Close" are open to every role that may read the lead,
     * so no reader can miss their condition; their other requirements are the tests above and below.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Contact, intake, clinician", "Schedule consultation, intake, clinician",
            "Start screening, clinician, manager", "Approve for treatment, clinician, intake",
            "Start treatment, clinician, manager", "Complete series, clinician, intake", "Reopen, manager, intake"})
    void eachStepWhoseRoleTheUserNoLongerHoldsIsExplainedInPlace(String transition, String opener, String now) {
        String key = leadBefore(transition);
        open(opener, "leads/" + key);
        String before = status();
        Button button = button(transition);
        signInAs(now);

        _click(button);
        if (!_find(Dialog.class, spec -> spec.withId("transition-screen")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("screen-confirm")));
        }

        assertThat(refusal()).startsWith("You may not run \"" + transition + "\" on " + key + ".")
                .contains("the buttons now show what you may do", "Ask a manager if this step should be yours.");
        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).isEmpty();
        assertThat(_find(_get(TransitionBar.class), Button.class)).extracting(Button::getText).doesNotContain(transition);
        assertThat(status()).isEqualTo(before);
    }

    @Test
    void schedulingWithAClinicianButNoTimeSaysWhatIsMissingNextToTheTime() {
        String key = leadBefore("Schedule consultation");
        open("intake", "leads/" + key);

        _click(button("Schedule consultation"));
        @SuppressWarnings("unchecked")
        Select<String> mode = _get(Select.class, spec -> spec.withId("screen-appointmentMode"));
        mode.setValue("In person");
        _click(_get(Button.class, spec -> spec.withId("screen-confirm")));

        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withId("screen-appointmentAt"));
        assertThat(at.getErrorMessage()).isEqualTo("Enter the appointment's date and time.");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<Object> clinician = _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("screen-appointmentClinician"));
        assertThat(clinician.getErrorMessage()).isEqualTo("Choose the clinician who sees the person.");
        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).hasSize(1);
        assertThat(status()).isEqualTo("Contacted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Contact, intake", "Schedule consultation, intake", "Consultation held, intake",
            "Start screening, clinician", "Approve for treatment, clinician", "Start treatment, clinician",
            "Complete series, clinician", "Close, intake", "Reopen, manager"})
    void aTransitionOnALeadSomeoneElseChangedMeanwhileIsRefusedInPlaceAndThePageReloaded(String transition,
            String user) {
        String key = leadBefore(transition);
        open(user, "leads/" + key);
        String before = status();
        jdbc.update("update wf_item set version = version + 1 where item_key = ?", key);

        _click(button(transition));
        if (!_find(Dialog.class, spec -> spec.withId("transition-screen")).isEmpty()) {
            if (transition.equals("Close")) {
                @SuppressWarnings("unchecked")
                Select<String> resolution = _get(Select.class, spec -> spec.withId("screen-resolution"));
                resolution.setValue("Declined");
            }
            _click(_get(Button.class, spec -> spec.withId("screen-confirm")));
            assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).isEmpty();
        }

        assertThat(refusal()).isEqualTo(key + " was changed by someone else meanwhile; reload it and try again."
                + " It has been reloaded here: check what changed before trying again.");
        assertThat(status()).isEqualTo(before);
        signInAs(user);
        assertThat(workflow.get(key).status()).isEqualTo(before);
    }
}
