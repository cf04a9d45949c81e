package com.pathway.clinic.treatment.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.treatment.CourseProgress;
import com.pathway.clinic.treatment.CourseTemplateService;
import com.pathway.clinic.treatment.CourseView;
import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.OptionKind;
import com.pathway.clinic.treatment.SessionScheduleService;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.clinic.treatment.TreatmentOptionService;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The lead page's treatment card. Clinicians see the course (indication, "2 of 6", status, next session),
 * start it (by hand or from a template), book or stop it, record a session and open each session (a draft to
 * finish, a signed one to read and add an addendum to). Coordinators and managers see the progress only, nothing
 * clinical; coordinators and clinicians see the booked sessions, mark their attendance, move one and book one
 * more. A lead at risk of
 * dropping off is flagged. A course is completed by the workflow step named on the card.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(20)
@StyleSheet("context://styles/treatment.css")
public class TreatmentPanel extends Div implements com.pathway.clinic.ui.LeadPanel {

    private final TreatmentService courses;
    private final InfusionService sessions;
    private final TreatmentOptionService options;
    private final CourseTemplateService templates;
    private final SessionScheduleService schedule;
    private final ClinicTime time;
    private final Clock clock;
    private final String me;
    private final CurrentUser currentUser;
    private final Paragraph summary = new Paragraph();
    private final Div actions = new Div();
    private final Div list = new Div();
    private final Span risk = new Span();
    private final Div booked = new Div();
    private String key;
    private Runnable changed = () -> { };

    public TreatmentPanel(TreatmentService courses, InfusionService sessions, TreatmentOptionService options,
            CourseTemplateService templates, SessionScheduleService schedule, CurrentUser currentUser, ClinicTime time,
            Clock clock) {
        this.templates = templates;
        this.schedule = schedule;
        this.courses = courses;
        this.sessions = sessions;
        this.options = options;
        this.time = time;
        this.clock = clock;
        this.me = currentUser.username().orElse("");
        this.currentUser = currentUser;
        setId("lead-treatment");
        addClassNames("lead-card", "lead-treatment-card");
        Div head = new Div(new H3("Treatment course"));
        head.addClassName("lead-card-head");
        summary.setId("course-summary");
        actions.addClassName("treatment-actions");
        list.setId("sessions-list");
        list.addClassName("sessions-list");
        risk.setId("course-at-risk");
        risk.getElement().getThemeList().add("badge error small");
        risk.setVisible(false);
        add(head, risk, summary, actions, booked, list);
        setVisible(mayRead());
    }

    /** Read at each showing: a role taken away meanwhile hides the card instead of failing. */
    private boolean mayRead() {
        return clinician() || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.INTAKE_COORDINATOR);
    }

    private boolean clinician() {
        return currentUser.hasRole(Role.CLINICIAN);
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    @Override
    public void whenChanged(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void show(LeadDetails lead) {
        key = lead.key();
        refresh();
    }

    private void refresh() {
        actions.removeAll();
        list.removeAll();
        booked.removeAll();
        setVisible(mayRead());
        if (!isVisible()) {
            return;
        }
        try {
            Optional<CourseProgress> progress = courses.progress(key);
            risk.setText("At risk of dropping off: no session for "
                    + progress.map(p -> p.lastSessionAt() == null ? "any day since the course started"
                            : "days since " + time.format(p.lastSessionAt())).orElse(""));
            risk.setVisible(progress.map(CourseProgress::atRisk).orElse(false));
            if (clinician()) {
                showClinical(courses.course(key));
            } else {
                showProgress(progress);
            }
            if (clinician() || currentUser.hasRole(Role.INTAKE_COORDINATOR)) {
                booked.add(new ScheduleList(schedule, time, key, progress.map(p -> p.status().open()).orElse(false),
                        this::changedHere));
            }
        } catch (NotFoundException e) {
            summary.setText(e.getMessage());
        }
    }

    private void changedHere() {
        refresh();
        changed.run();
    }

    private void showProgress(Optional<CourseProgress> progress) {
        summary.setText(progress.map(p -> p.status().label() + " course · " + p.text() + " infusions"
                + (p.nextSessionAt() == null ? "" : " · next session " + time.format(p.nextSessionAt()))
                + (p.lastSessionAt() == null ? "" : " · last session " + time.format(p.lastSessionAt())))
                .orElse("No treatment course yet."));
    }

    private void showClinical(Optional<CourseView> found) {
        if (found.isEmpty()) {
            summary.setText("No treatment course yet.");
            actions.add(button("course-template", "Start from template", true, this::fromTemplate),
                    button("course-start", "Start course", false, () -> CourseDialogs.start(courses,
                    options.choices(OptionKind.INDICATION), time.zone(), clock, key, c -> changedHere()).open()));
            return;
        }
        CourseView c = found.get();
        summary.setText(c.indication() + (c.template() == null ? "" : " · " + c.template()) + " · " + c.progress()
                + " infusions · " + c.status().label()
                + (c.nextSessionAt() == null ? "" : " · next session " + time.format(c.nextSessionAt()))
                + (c.stopReason() == null ? "" : " · stopped: " + c.stopReason()));
        if (c.status().open()) {
            actions.add(button("session-record", "Record session", true, () -> sessionDialog(null).open()),
                    button("course-next", "Next session", false, () -> CourseDialogs.next(courses, time.zone(), key, c,
                            v -> changedHere()).open()),
                    button("course-stop", "Stop course", false, () -> CourseDialogs.stop(courses, key, c,
                            v -> changedHere()).open()));
            List<String> steps = courses.completingSteps();
            if (!steps.isEmpty()) {
                Span hint = new Span("The workflow step " + String.join(" or ", steps) + " completes the course.");
                hint.addClassName("treatment-hint");
                actions.add(hint);
            }
        } else {
            actions.add(button("course-template", "New course from template", false, this::fromTemplate),
                    button("course-start", "Start a new course", false, () -> CourseDialogs.start(courses,
                    options.choices(OptionKind.INDICATION), time.zone(), clock, key, v -> changedHere()).open()));
        }
        for (SessionView s : sessions.sessions(key)) {
            Div row = new Div();
            row.addClassName("session-item");
            Span text = new Span("Session " + s.number() + " · " + time.format(s.startedAt()) + " · " + s.staffName()
                    + " · " + (s.signed() ? "signed" : "draft")
                    + (s.addenda().isEmpty() ? "" : " · " + s.addenda().size() + " addend" + (s.addenda().size() == 1 ? "um" : "a")));
            Button open = new Button(s.signed() ? "Open" : "Continue", e -> (s.signed()
                    ? new SignedSessionDialog(sessions, time, key, s, this::changedHere) : sessionDialog(s)).open());
            open.setId("session-open-" + s.number());
            open.setAriaLabel((s.signed() ? "Open" : "Continue") + " session " + s.number());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(text, open);
            list.add(row);
        }
    }

    private void fromTemplate() {
        CourseDialogs.fromTemplate(courses, options.choices(OptionKind.INDICATION), templates.choices(), time.zone(), key,
                v -> changedHere()).open();
    }

    private SessionDialog sessionDialog(SessionView draft) {
        return new SessionDialog(sessions, options.choices(OptionKind.SIDE_EFFECT), options.choices(OptionKind.ROUTE),
                time.zone(), clock, me, key, draft, this::changedHere);
    }

    private static Button button(String id, String label, boolean primary, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
