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
import com.vaadin.flow.component.textfield.TextField;

/**
 * The booked sessions on the lead page (a coordinator marks one missed; a manager sees none), the printable
 * session summary with a reading beyond the clinic's threshold marked, and the administrator's templates.
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
                .contains("0 of 6");
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

    private static String textOf(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
