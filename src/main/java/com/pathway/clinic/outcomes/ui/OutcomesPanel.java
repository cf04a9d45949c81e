package com.pathway.clinic.outcomes.ui;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.outcomes.Instrument;
import com.pathway.clinic.outcomes.MeasureHistory;
import com.pathway.clinic.outcomes.MeasureView;
import com.pathway.clinic.outcomes.OutcomeRecord;
import com.pathway.clinic.outcomes.OutcomeService;
import com.pathway.clinic.ui.LeadPanel;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.InlineAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/**
 * The lead page's outcome measures, for clinicians: per questionnaire the latest total and the clinic's
 * band, the change since the first (baseline), a text sparkline and the history; a button to record each;
 * and, across the top of the page, the flag when a PHQ-9 item 9 was answered above 0 (no advice, only
 * that a clinician's review was requested). Hidden from everyone else.
 */
@StyleSheet("context://styles/clinical.css")
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(2)
public class OutcomesPanel extends Div implements LeadPanel {

    private final OutcomeService outcomes;
    private final ClinicTime time;
    private final Div instruments = new Div();
    private final Div flag = new Div();
    private final InlineAlert refusal = new InlineAlert();
    private final LeadPermissions permissions;
    private String key;
    private Runnable changed = () -> { };

    public OutcomesPanel(OutcomeService outcomes, LeadPermissions permissions, ClinicTime time) {
        this.outcomes = outcomes;
        this.time = time;
        setId("lead-outcomes");
        addClassNames("lead-card", "lead-outcomes-card");
        this.permissions = permissions;
        setVisible(permissions.mayRecordScreening());
        Div head = new Div(new H3("Outcome measures"));
        head.addClassName("lead-card-head");
        Div buttons = new Div();
        buttons.addClassName("outcome-buttons");
        for (Instrument i : Instrument.values()) {
            Button record = new Button("Record " + i.label(), e -> new MeasureDialog(outcomes, key, i, saved -> {
                show(key);
                changed.run();
            }).open());
            record.setId("record-" + i.name().toLowerCase(java.util.Locale.ROOT));
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(record);
        }
        instruments.setId("outcome-instruments");
        flag.setId("outcome-flag");
        flag.addClassName("outcome-flag");
        flag.getElement().setAttribute("role", "status");
        flag.setVisible(false);
        refusal.setId("outcome-refusal");
        add(head, instruments, buttons, refusal);
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    @Override
    public boolean offered() {
        return permissions.mayRecordScreening();
    }

    @Override
    public com.vaadin.flow.component.Component banner() {
        return flag;
    }

    @Override
    public void whenChanged(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void show(LeadDetails lead) {
        // Checked again each time: a role taken away meanwhile hides the card instead of failing the page.
        setVisible(permissions.mayRecordScreening());
        flag.setVisible(false);
        if (isVisible()) {
            show(lead.key());
        }
    }

    private void show(String leadKey) {
        key = leadKey;
        refusal.clear();
        OutcomeRecord record;
        try {
            record = outcomes.history(leadKey);
        } catch (NotFoundException e) {
            refusal.show(e.getMessage());
            return;
        }
        instruments.removeAll();
        record.instruments().forEach(h -> instruments.add(line(h)));
        MeasureView flagged = record.latestFlag();
        flag.setVisible(flagged != null);
        if (flagged != null) {
            flag.setText("Flagged: on the " + flagged.instrument().label() + " recorded "
                    + time.format(flagged.recordedAt()) + ", item " + flagged.instrument().flagItem()
                    + " was answered above 0. A clinician's review was requested.");
        }
    }

    private Div line(MeasureHistory h) {
        Div line = new Div();
        line.addClassName("outcome-line");
        line.setId("outcome-" + h.instrument().name().toLowerCase(java.util.Locale.ROOT));
        Span name = new Span(h.instrument().label());
        name.addClassName("outcome-name");
        line.add(name);
        if (h.measures().isEmpty()) {
            line.add(new Span("Not recorded"));
            return line;
        }
        MeasureView latest = h.measures().getFirst();
        line.add(new Span(MeasureWords.total(latest)));
        if (h.changeSinceBaseline() != null) {
            line.add(new Span(MeasureWords.change(h.changeSinceBaseline())));
        }
        Span spark = new Span(h.sparkline());
        spark.addClassName("outcome-sparkline");
        spark.getElement().setAttribute("aria-label", "Totals, oldest first: " + h.measures().reversed().stream()
                .map(m -> String.valueOf(m.total())).collect(java.util.stream.Collectors.joining(", ")));
        line.add(spark);
        Div rows = new Div();
        for (MeasureView m : h.measures()) {
            Div row = new Div(new Span(time.format(m.recordedAt())), new Span(MeasureWords.total(m)),
                    new Span("by " + m.recordedByName()));
            row.addClassName("outcome-history-row");
            if (m.flagged()) {
                Span mark = new Span("flagged");
                mark.getElement().getThemeList().add("badge error small");
                row.add(mark);
            }
            rows.add(row);
        }
        Details history = new Details("History (" + h.measures().size() + ")", rows);
        history.addClassName("outcome-history");
        line.add(history);
        return line;
    }
}
