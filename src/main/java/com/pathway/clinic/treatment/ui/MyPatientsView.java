package com.pathway.clinic.treatment.ui;

import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;

import com.pathway.clinic.outcomes.LatestScore;
import com.pathway.clinic.treatment.CourseProgress;
import com.pathway.clinic.treatment.MyPatientsService;
import com.pathway.clinic.treatment.PatientRow;
import com.pathway.security.Role;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A clinician's patients: the leads assigned to them in a clinical status, a page at a time from the
 * database, with their course's progress ("2 of 6", flagged when at risk of dropping off), next session,
 * latest session and its moderate or severe side effects, and the latest questionnaire scores. The key opens the lead page.
 */
@Route("my-patients")
@PageTitle("My patients · Pathway")
@Menu(order = 3, icon = "vaadin:stethoscope", title = "My patients")
@RolesAllowed(Role.Names.CLINICIAN)
@StyleSheet("context://styles/treatment.css")
public class MyPatientsView extends VerticalLayout {

    public MyPatientsView(MyPatientsService patients, ClinicTime time) {
        addClassName("pathway-view");
        setSizeFull();
        Grid<PatientRow> grid = new Grid<>();
        grid.setId("my-patients");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> {
            Anchor link = new Anchor("leads/" + p.key(), p.key());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader("Key").setWidth("5.5em").setFlexGrow(0);
        grid.addColumn(PatientRow::name).setHeader("Name").setWidth("9em").setFlexGrow(2);
        grid.addColumn(PatientRow::status).setHeader("Status").setWidth("8.5em").setFlexGrow(1);
        grid.addComponentColumn(MyPatientsView::course).setHeader("Course").setWidth("6.5em").setFlexGrow(1);
        grid.addColumn(p -> p.progress() == null ? "" : time.format(p.progress().nextSessionAt(), "Not booked"))
                .setHeader("Next session").setWidth("6.5em").setFlexGrow(1);
        grid.addColumn(p -> last(p.progress(), time)).setHeader("Last session").setWidth("6.5em").setFlexGrow(1);
        grid.addColumn(p -> p.scores().stream().map(LatestScore::text).collect(Collectors.joining(", ")))
                .setHeader("Latest scores (change since baseline)").setWidth("8em").setFlexGrow(2);
        grid.addComponentColumn(p -> {
            Span effects = new Span(p.notableSideEffects().isEmpty() ? "" : String.join(", ", p.notableSideEffects()));
            effects.addClassName("notable-effects");
            return effects;
        }).setHeader("Notable side effects (last session)").setWidth("8em").setFlexGrow(2);
        grid.setItems(query -> patients.page(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText("No patients assigned to you in a clinical stage.");
        Paragraph intro = new Paragraph("Leads assigned to you in a clinical stage. Side effects listed are the "
                + "moderate or severe ones recorded in the latest signed session.");
        add(new H2("My patients"), intro, grid);
        setFlexGrow(1, grid);
    }

    private static Span course(PatientRow p) {
        if (p.progress() == null) {
            return new Span("No course");
        }
        Span text = new Span(p.progress().text() + " · " + p.progress().status().label());
        if (!p.progress().atRisk()) {
            return text;
        }
        Span risk = new Span("At risk of dropping off");
        risk.getElement().getThemeList().add("badge error small");
        Span both = new Span(text, new Span(" "), risk);
        both.addClassName("patient-course");
        return both;
    }

    private static String last(CourseProgress progress, ClinicTime time) {
        return progress == null ? "" : time.format(progress.lastSessionAt(), "None yet");
    }
}
