package com.pathway.clinic.treatment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.treatment.CourseTemplateService;
import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.clinic.treatment.TemplateCourse;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.pathway.clinic.treatment.TemplateView;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * The booked sessions on the lead page (a coordinator marks one missed, moves one after a confirmation, books one
 * more; a manager sees none), the printable session summary with a reading beyond the clinic's threshold marked,
 * and the administrator's templates and their phases.
 */
class TreatmentScheduleViewTest extends ViewTest {

    @Autowired
    LeadService leads;
    @Autowired
    TreatmentService courses;
    @Autowired
    InfusionService sessions;
    @Autowired
    CourseTemplateService templates;
    @Autowired
    Clock clock;

    private String leadWithBookedCourse() {
        signInAs("intake");
        String key = leads.create(Leads.withClinician(Leads.form("Ada", "Brook", "(202) 555-0188", null), "clinician"))
                .key();
        signInAs("clinician");
        long template = templates.choices().getFirst().id();
        courses.startFromTemplate(key, new TemplateCourse("Depression", template,
                clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)));
        return key;
    }

    @Test
    void aCoordinatorMarksABookedSessionMissedOnTheLeadPageAndAManagerSeesOnlyProgress() {
        String key = leadWithBookedCourse();
        open("intake", "leads/" + key);

        _click(_get(Button.class, spec -> spec.withId("booked-1-missed")));

        assertThat(notifications()).anyMatch(n -> n.contains("Session 1 is marked missed"));
        assertThat(textOf("booked-1")).contains("Missed · intake");
        assertThat(_find(Button.class, spec -> spec.withId("booked-1-done"))).as("marked once").isEmpty();

        open("manager", "leads/" + key);
        assertThat(_find(Div.class, spec -> spec.withId("booked-sessions"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("course-summary")).getText())
                .contains("0 of 9");
    }

    @Test
    void thePrintableSummaryMarksAReadingBeyondTheClinicsThreshold() {
        String key = leadWithBookedCourse();
        Instant start = clock.instant().minus(50, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        SessionView s = sessions.record(key, new SessionForm(start, start.plus(30, ChronoUnit.MINUTES), null,
                List.of(new SessionForm.DoseStep(start, new BigDecimal("10"), "mg", "IV")),
                List.of(new SessionForm.Vitals(start, 190, 95, 80, 98, 14)), List.of(), null));

        open("clinician", "leads/" + key + "/sessions/" + s.id() + "/print");

        String text = textOf("session-summary");
        assertThat(text).contains("Infusion session 1 · " + key, "10 mg · IV",
                "Systolic 190 mmHg is above the clinic's range (max 180).", "DRAFT");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("vital-alert")))
                .hasSize(1);
        // the browser's print dialog, through a function the pages' policy lets the client build
        _click(_get(Button.class, spec -> spec.withId("session-summary-print")));

        open("intake", "leads/" + key + "/sessions/" + s.id() + "/print");
        assertThat(UI.getCurrent().getChildren().map(c -> c.getClass().getSimpleName()))
                .doesNotContain("SessionSummaryView");
    }

    @Test
    void anAdministratorSeesTheTemplatesAndABlankOneIsRefusedOnItsFields() {
        open("admin", "admin/treatment");
        assertThat(_get(TextField.class, spec -> spec.withId("template-new-name"))).isNotNull();
        assertThat(textOf("course-templates")).contains("shipped default");

        _click(_get(Button.class, spec -> spec.withId("template-new-add")));

        assertThat(_get(TextField.class, spec -> spec.withId("template-new-name")).isInvalid()).isTrue();
    }

    @Test
    void aCoordinatorMovesASessionAfterConfirmingAndBooksOneMore() {
        String key = leadWithBookedCourse();
        open("intake", "leads/" + key);
        java.time.LocalDateTime inTwoDays = java.time.LocalDateTime.now(clock.withZone(zone())).plusDays(2)
                .withHour(15).withMinute(30).withSecond(0).withNano(0);

        _click(_get(Button.class, spec -> spec.withId("booked-2-reschedule")));
        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withId("reschedule-at"));
        at.setValue(java.time.LocalDateTime.now(clock.withZone(zone())).minusDays(1).withSecond(0).withNano(0));
        _click(_get(Button.class, spec -> spec.withId("reschedule-dialog-save")));
        _click(_get(Button.class, spec -> spec.withId("reschedule-dialog-confirm-yes")));
        assertThat(at.isInvalid()).as("a time gone by is refused on the field").isTrue();
        assertThat(at.getErrorMessage()).contains("still to come");

        at.setValue(inTwoDays);
        _click(_get(Button.class, spec -> spec.withId("reschedule-dialog-save")));
        assertThat(textOf("reschedule-dialog-confirm-text")).contains("Move session 2 of " + key + " from");
        _click(_get(Button.class, spec -> spec.withId("reschedule-dialog-confirm-yes")));

        assertThat(notifications()).anyMatch(n -> n.contains("is moved to"));
        assertThat(textOf("booked-sessions")).contains("moved from").contains("by intake");

        _click(_get(Button.class, spec -> spec.withId("booked-add")));
        _get(DateTimePicker.class, spec -> spec.withId("book-at")).setValue(inTwoDays.plusHours(1));
        _click(_get(Button.class, spec -> spec.withId("book-dialog-save")));
        assertThat(notifications()).anyMatch(n -> n.contains("is booked for"));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("booked-item"))).hasSize(10);
    }

    @Test
    void anAdministratorAddsAndReordersPhasesAndABadPhaseIsRefusedOnItsField() {
        signInAs("admin");
        String name = "Phased " + System.nanoTime();
        TemplateView t = templates.add(new com.pathway.clinic.treatment.TemplateEdit(name, null, 4, 3));
        open("admin", "admin/treatment");
        String prefix = "template-" + t.id();

        _click(_get(Button.class, spec -> spec.withId(prefix + "-phase-add")));
        _get(TextField.class, spec -> spec.withId(prefix + "-phase-2-name")).setValue("Maintenance");
        _get(IntegerField.class, spec -> spec.withId(prefix + "-phase-2-sessions")).setValue(2);
        _get(IntegerField.class, spec -> spec.withId(prefix + "-phase-2-interval")).setValue(28);
        _click(_get(Button.class, spec -> spec.withId(prefix + "-save")));
        IntegerField startAfter = _get(IntegerField.class, spec -> spec.withId(prefix + "-phase-2-start-after"));
        assertThat(startAfter.isInvalid()).as("the message is beside the field").isTrue();
        assertThat(startAfter.getErrorMessage()).contains("after the previous phase's last session");

        startAfter.setValue(21);
        _click(_get(Button.class, spec -> spec.withId(prefix + "-phase-2-up")));
        assertThat(_get(TextField.class, spec -> spec.withId(prefix + "-phase-1-name")).getValue())
                .isEqualTo("Maintenance");
        _click(_get(Button.class, spec -> spec.withId(prefix + "-phase-1-down")));
        _click(_get(Button.class, spec -> spec.withId(prefix + "-save")));

        assertThat(notifications()).anyMatch(n -> n.contains(name) && n.contains("then Maintenance from 21 days after"));
        assertThat(templates.all()).filteredOn(v -> v.id() == t.id()).singleElement()
                .satisfies(v -> assertThat(v.sessions()).isEqualTo(6));
    }

    private java.time.ZoneId zone() {
        return context.getBean(com.pathway.shared.ClinicProperties.class).timeZone();
    }

    private static String textOf(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
