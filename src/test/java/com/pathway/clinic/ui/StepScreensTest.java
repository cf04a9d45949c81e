package com.pathway.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.security.UserOption;
import com.pathway.shared.ClinicProperties;
import com.pathway.support.ViewTest;
import com.pathway.support.TimelineText;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The screens of the clinic's steps on the lead page: the call's outcome and a comment on Contact, the
 * appointment on Schedule consultation (date and time, a clinician picked from active clinicians, in
 * person or telehealth), a comment on a step without a screen, and rescheduling.
 */
class StepScreensTest extends ViewTest {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ClinicProperties clinic;

    private String newLead(String... steps) {
        signInAs("intake");
        String key = leads.create(Leads.withClinician(Leads.form("Tomas", "Reyes", "+12025550177", null), "clinician"))
                .key();
        for (String step : steps) {
            workflow.transition(key, TransitionRequest.of(step));
        }
        signOut();
        return key;
    }

    private ZoneId zone() {
        return clinic.timeZone();
    }

    private static String status() {
        return _get(Div.class, spec -> spec.withId("lead-status")).getElement().getTextRecursively();
    }

    private static String timeline() {
        return TimelineText.text();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UserOption> clinicianPicker() {
        return _get(ComboBox.class, spec -> spec.withId("screen-appointmentClinician"));
    }

    private LocalDateTime nextWeek() {
        return LocalDateTime.now(zone()).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(10);
    }

    @Test
    void contactAsksForTheOutcomeAndACommentAndTheTimelineKeepsBoth() {
        String key = newLead();
        open("intake", "leads/" + key);

        click("transition-contact");
        select("screen-contactOutcome").setValue("No answer");
        _get(TextArea.class, spec -> spec.withId("screen-comment")).setValue("Try again Monday morning");
        click("screen-confirm");

        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).isEmpty();
        assertThat(status()).isEqualTo("Contacted");
        assertThat(timeline()).contains("Outcome: No answer", "\u201CTry again Monday morning\u201D");
    }

    /** Back (or any link) while a step's screen is open: the screen does not stay open over the next page. */
    @Test
    void aStepsScreenClosesWhenTheUserLeavesThePage() {
        String key = newLead();
        open("intake", "leads/" + key);
        click("transition-contact");
        assertThat(_get(Dialog.class, spec -> spec.withId("transition-screen")).isOpened()).isTrue();

        UI.getCurrent().navigate("leads");

        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).isEmpty();
        assertThat(workflow.get(key).status()).as("nothing was run").isEqualTo("New inquiry");
    }

    @Test
    void schedulingOffersActiveCliniciansOnlyAndTheNextAppointmentShowsAtTheTop() {
        String key = newLead("Contact");
        open("intake", "leads/" + key);
        assertThat(_find(Div.class, spec -> spec.withId("lead-appointment"))).as("no appointment yet").isEmpty();

        click("transition-schedule-consultation");
        ComboBox<UserOption> picker = clinicianPicker();
        List<String> offered = ComboBoxKt.getSuggestionItems(picker).stream().map(UserOption::username).toList();
        assertThat(offered).contains("clinician").doesNotContain("intake", "manager", "admin");
        LocalDateTime at = nextWeek();
        _get(DateTimePicker.class, spec -> spec.withId("screen-appointmentAt")).setValue(at);
        picker.setValue(new UserOption("clinician", "Dr. Casey Clinician"));
        select("screen-appointmentMode").setValue("Telehealth");
        click("screen-confirm");

        assertThat(status()).isEqualTo("Consultation scheduled");
        String when = com.pathway.clinic.Appointment.when(at.atZone(zone()).toInstant(), zone());
        assertThat(_get(Span.class, spec -> spec.withId("lead-appointment-text")).getText())
                .isEqualTo("Next: " + when + " · Dr. Casey Clinician · Telehealth");
        assertThat(timeline()).contains("Appointment: " + when + " · Dr. Casey Clinician · Telehealth");
    }

    @Test
    void aTimeThatHasPassedIsSaidNextToTheDateAndTheDialogKeepsWhatWasEntered() {
        String key = newLead("Contact");
        open("intake", "leads/" + key);

        click("transition-schedule-consultation");
        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withId("screen-appointmentAt"));
        at.setValue(LocalDateTime.now(zone()).minusDays(2).withSecond(0).withNano(0));
        clinicianPicker().setValue(new UserOption("clinician", "Dr. Casey Clinician"));
        click("screen-confirm");

        assertThat(at.isInvalid()).isTrue();
        assertThat(at.getErrorMessage()).contains("has passed", "choose a time in the future");
        Select<String> mode = select("screen-appointmentMode");
        assertThat(mode.getErrorMessage()).isEqualTo("Choose In person or Telehealth.");
        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).hasSize(1);
        assertThat(clinicianPicker().getValue().username()).isEqualTo("clinician");
        assertThat(status()).isEqualTo("Contacted");
    }

    @Test
    void aStepWithoutAScreenRunsInOneClickOrTakesACommentFromItsCommentButton() {
        String key = newLead("Contact", "Schedule consultation");
        open("intake", "leads/" + key);

        click("transition-consultation-held-comment");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("transition-screen"));
        assertThat(_find(dialog, TextArea.class)).extracting(TextArea::getId)
                .containsExactly(java.util.Optional.of("screen-comment"));
        _get(TextArea.class, spec -> spec.withId("screen-comment")).setValue("Seen with her sister");
        click("screen-confirm");

        assertThat(status()).isEqualTo("Consultation done");
        assertThat(timeline()).contains("\u201CSeen with her sister\u201D");

        String other = newLead("Contact", "Schedule consultation");
        open("intake", "leads/" + other);
        click("transition-consultation-held");
        assertThat(_find(Dialog.class, spec -> spec.withId("transition-screen"))).as("one click").isEmpty();
        assertThat(status()).isEqualTo("Consultation done");
    }

    @Test
    void aCoordinatorReschedulesAndSeesWhatChangesBeforeSaving() {
        String key = newLead("Contact");
        signInAs("intake");
        LocalDateTime first = nextWeek();
        workflow.transition(key, new TransitionRequest("Schedule consultation", Map.of("appointmentAt", first.toString(),
                "appointmentClinician", "clinician", "appointmentMode", "In person"), null, null));
        open("intake", "leads/" + key);

        click("reschedule-appointment");
        LocalDateTime later = first.plusDays(1).withHour(15);
        _get(DateTimePicker.class, spec -> spec.withId("reschedule-at")).setValue(later);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = _get(RadioButtonGroup.class, spec -> spec.withId("reschedule-mode"));
        mode.setValue("Telehealth");
        String when = com.pathway.clinic.Appointment.when(later.atZone(zone()).toInstant(), zone());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("reschedule-change"))
                .getText()).isEqualTo("After: " + when + " · Dr. Casey Clinician · Telehealth");
        click("reschedule-save");

        assertThat(_find(Dialog.class, spec -> spec.withId("reschedule-dialog"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("lead-appointment-text")).getText())
                .isEqualTo("Next: " + when + " · Dr. Casey Clinician · Telehealth");
        assertThat(timeline()).contains("Appointment changed");
    }

    @Test
    void aReschedulingToThePastIsRefusedNextToTheTime() {
        String key = newLead("Contact");
        signInAs("intake");
        workflow.transition(key, new TransitionRequest("Schedule consultation", Map.of("appointmentAt",
                nextWeek().toString(), "appointmentClinician", "clinician", "appointmentMode", "In person"), null, null));
        open("intake", "leads/" + key);

        click("reschedule-appointment");
        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withId("reschedule-at"));
        at.setValue(LocalDateTime.now(zone()).minusHours(3).withSecond(0).withNano(0));
        click("reschedule-save");

        assertThat(at.getErrorMessage()).contains("has passed");
        assertThat(_find(Dialog.class, spec -> spec.withId("reschedule-dialog"))).hasSize(1);
    }

    @Test
    void cliniciansSeeTheAppointmentButDoNotReschedule() {
        String key = newLead("Contact");
        signInAs("intake");
        workflow.transition(key, new TransitionRequest("Schedule consultation", Map.of("appointmentAt",
                nextWeek().toString(), "appointmentClinician", "clinician", "appointmentMode", "In person"), null, null));
        open("clinician", "leads/" + key);

        assertThat(_get(Span.class, spec -> spec.withId("lead-appointment-text")).getText()).startsWith("Next: ");
        assertThat(_find(Button.class, spec -> spec.withId("reschedule-appointment"))).isEmpty();
    }

    @Test
    void theLeadListHasASortableNextAppointmentColumn() {
        open("intake", "leads");

        @SuppressWarnings("unchecked")
        Grid<com.pathway.clinic.LeadSummary> grid = _get(Grid.class, spec -> spec.withId("leads-grid"));
        Grid.Column<com.pathway.clinic.LeadSummary> column = grid.getColumnByKey("nextAppointment");
        // The header wraps over two lines in a narrow column, so it is a component.
        String header = column.getHeaderText() != null ? column.getHeaderText()
                : column.getHeaderComponent().getElement().getTextRecursively();
        assertThat(header).isEqualTo("Next appointment");
        assertThat(column.isSortable()).isTrue();
    }
}
