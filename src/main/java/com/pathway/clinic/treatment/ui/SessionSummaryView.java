package com.pathway.clinic.treatment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.security.Role;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A printable summary of one infusion session, clinicians only: the record as signed (or the draft, marked
 * so), readings outside the clinic's ranges highlighted, recovery and discharge, signature and
 * addenda. Outside the app's layout, with print styles; opening it is audited.
 */
@Route(value = "leads/:key/sessions/:id/print", autoLayout = false)
@PageTitle("Session summary · Pathway")
@RolesAllowed(Role.Names.CLINICIAN)
@StyleSheet("context://styles/treatment.css")
public class SessionSummaryView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final InfusionService sessions;
    private final ClinicTime time;

    public SessionSummaryView(InfusionService sessions, ClinicTime time) {
        this.sessions = sessions;
        this.time = time;
        setId("session-summary");
        addClassName("session-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get("key").orElse("");
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            add(new Paragraph("There is no such session on " + key + "."));
            return;
        }
        try {
            show(sessions.summary(key, id));
        } catch (NotFoundException e) {
            add(new Paragraph(e.getMessage()));
        }
    }

    private void show(SessionView s) {
        ZoneId zone = time.zone();
        Button print = new Button("Print", e -> getElement().executeJs("window.print()"));
        print.setId("session-summary-print");
        Anchor back = new Anchor("leads/" + s.leadKey(), "Back to " + s.leadKey());
        Div tools = new Div(print, back);
        tools.addClassName("summary-tools");
        add(tools, new H1("Infusion session " + s.number() + " · " + s.leadKey()));
        add(fact("Session", time.format(s.startedAt()) + " to " + time.format(s.endedAt(), "not ended")
                + " · given by " + s.staffName()));
        add(fact("Recovery", time.format(s.recoveredAt(), "not recorded")));
        add(fact("Discharge", s.dischargedAt() == null ? "not recorded"
                : time.format(s.dischargedAt()) + " by " + s.dischargerName()));
        add(SignedSessionDialog.list("Dose steps", s.doseSteps().stream()
                .map(d -> SignedSessionDialog.doseStep(d, zone)).toList()));
        add(SignedSessionDialog.vitalsList(s, zone));
        add(SignedSessionDialog.list("Side effects", s.sideEffects().stream().map(e -> TIME.format(e.notedAt().atZone(zone)) + " · "
                + e.effect() + " (" + e.severity().label().toLowerCase(Locale.ROOT) + ")").toList()));
        if (s.observation() != null) {
            add(new H2("Observation"), new Paragraph(s.observation()));
        }
        add(fact("Signature", s.signed() ? s.signerName() + " · " + time.format(s.signedAt())
                : "DRAFT: not signed; this record may still change"));
        add(SignedSessionDialog.list("Addenda", s.addenda().stream().map(a -> time.format(a.createdAt()) + " · " + a.authorName()
                + ": " + a.text()).toList()));
    }

    private static Paragraph fact(String label, String value) {
        Paragraph p = new Paragraph(label + ": " + value);
        p.addClassName("summary-fact");
        return p;
    }
}
