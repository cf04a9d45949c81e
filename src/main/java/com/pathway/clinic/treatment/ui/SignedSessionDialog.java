package com.pathway.clinic.treatment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A signed session, locked: what was recorded, who signed it and when, its addenda, and a field to add
 * one (the only way to correct a signed record).
 */
class SignedSessionDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    SignedSessionDialog(InfusionService sessions, ClinicTime time, String key, SessionView s, Runnable onChanged) {
        setId("signed-session-dialog");
        setHeaderTitle("Session " + s.number() + " · " + key + " · signed");
        setWidth("min(820px, 96vw)");
        ZoneId zone = time.zone();
        Paragraph facts = new Paragraph(time.format(s.startedAt()) + " to " + time.format(s.endedAt())
                + " · given by " + s.staffName() + " · signed by " + s.signerName() + " on " + time.format(s.signedAt()));
        facts.setId("signed-session-facts");
        Div record = new Div();
        record.setId("signed-session-record");
        record.add(list("Dose steps", s.doseSteps().stream().map(d -> doseStep(d, zone)).toList()));
        record.add(vitalsList(s, zone));
        if (s.recoveredAt() != null || s.dischargedAt() != null) {
            record.add(new H4("Recovery and discharge"), new Paragraph("Recovered " + time.format(s.recoveredAt(),
                    "(not recorded)") + " · discharged " + (s.dischargedAt() == null ? "(not recorded)"
                            : time.format(s.dischargedAt()) + " by " + s.dischargerName())));
        }
        record.add(list("Side effects", s.sideEffects().stream().map(e -> TIME.format(e.notedAt().atZone(zone)) + " · "
                + e.effect() + " (" + e.severity().label().toLowerCase(Locale.ROOT) + ")").toList()));
        if (s.observation() != null) {
            record.add(new H4("Observation"), new Paragraph(s.observation()));
        }
        record.add(list("Addenda", s.addenda().stream().map(a -> time.format(a.createdAt()) + " · " + a.authorName()
                + ": " + a.text()).toList()));
        TextArea addendum = new TextArea("Addendum (a correction; the signed record stays as it is)");
        addendum.setId("session-addendum");
        addendum.setWidthFull();
        addendum.setMaxLength(4000);
        InlineAlert refusal = new InlineAlert();
        refusal.setId("session-addendum-refusal");
        FieldErrors errors = new FieldErrors().bind("text", addendum);
        Button add = new Button("Add addendum", e -> {
            errors.clear();
            refusal.clear();
            try {
                sessions.addAddendum(key, s.id(), addendum.getValue());
                Notifications.success("The addendum is added to session " + s.number() + ".");
                close();
                onChanged.run();
            } catch (InvalidInputException ex) {
                errors.show(ex, rest -> refusal.show("The addendum was not added.", rest));
            } catch (ConflictException | NotFoundException ex) {
                refusal.show(ex.getMessage());
            }
        });
        add.setId("session-addendum-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(facts, record, addendum, refusal);
        Anchor print = new Anchor("leads/" + key + "/sessions/" + s.id() + "/print", "Printable summary",
                AnchorTarget.BLANK);
        print.setId("session-print");
        getFooter().add(print, new Button("Done", e -> close()), add);
    }

    static String vitals(SessionForm.Vitals v) {
        StringBuilder text = new StringBuilder();
        if (v.systolic() != null) {
            text.append("BP ").append(v.systolic()).append('/').append(v.diastolic()).append(" mmHg  ");
        }
        if (v.heartRate() != null) {
            text.append("HR ").append(v.heartRate()).append("  ");
        }
        if (v.spo2() != null) {
            text.append("SpO₂ ").append(v.spo2()).append("%  ");
        }
        if (v.respiratoryRate() != null) {
            text.append("RR ").append(v.respiratoryRate());
        }
        return text.toString().strip();
    }

    static String doseStep(SessionForm.DoseStep d, ZoneId zone) {
        return TIME.format(d.givenAt().atZone(zone)) + " · " + d.amount().stripTrailingZeros().toPlainString() + " "
                + d.unit() + (d.route() == null ? "" : " · " + d.route());
    }

    /** The vitals rows; a row with a reading outside the clinic's range is highlighted with the plain fact. */
    static Component vitalsList(SessionView s, ZoneId zone) {
        Div section = new Div(new H4("Vitals"));
        section.setId("session-vitals");
        if (s.vitals().isEmpty()) {
            section.add(new Paragraph("None recorded."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < s.vitals().size(); i++) {
            int row = i;
            ListItem item = new ListItem(TIME.format(s.vitals().get(i).takenAt().atZone(zone)) + " · "
                    + vitals(s.vitals().get(i)));
            s.alerts().stream().filter(a -> a.row() == row).forEach(a -> {
                item.addClassName("vital-alert");
                Span fact = new Span(a.text());
                fact.addClassName("vital-alert-text");
                item.add(fact);
            });
            list.add(item);
        }
        section.add(list);
        return section;
    }

    static Component list(String title, List<String> lines) {
        Div section = new Div(new H4(title));
        if (lines.isEmpty()) {
            section.add(new Paragraph("None recorded."));
        } else {
            UnorderedList list = new UnorderedList();
            lines.forEach(l -> list.add(new ListItem(l)));
            section.add(list);
        }
        return section;
    }
}
