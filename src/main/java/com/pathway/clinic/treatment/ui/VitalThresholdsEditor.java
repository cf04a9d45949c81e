package com.pathway.clinic.treatment.ui;

import java.util.List;
import java.util.Locale;

import com.pathway.clinic.treatment.VitalLimits;
import com.pathway.clinic.treatment.VitalRange;
import com.pathway.clinic.treatment.VitalSign;
import com.pathway.clinic.treatment.VitalThresholdService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The clinic's vital-sign ranges on the administrator's treatment page: per sign its low and high limit (either
 * empty for no limit), the unit, and whether it is still the shipped default or the clinic's own (who changed
 * it, when). A refusal shows beside the field it concerns and keeps what was typed; a reading outside a range
 * is marked in session records as outside the clinic's range, never with advice.
 */
final class VitalThresholdsEditor extends Div {

    static final String BAD_NUMBER = "Enter a whole number, or leave it empty for no limit.";

    private final VitalThresholdService thresholds;
    private final ClinicTime time;
    private final Div rows = new Div();

    VitalThresholdsEditor(VitalThresholdService thresholds, ClinicTime time) {
        this.thresholds = thresholds;
        this.time = time;
        setId("vital-thresholds");
        Paragraph about = new Paragraph("The clinic's own ranges: while staff record a session, a reading outside "
                + "its sign's range is marked \"outside the clinic's range\". Pathway gives no advice and judges no "
                + "reading; the ranges are the clinic's medical director's to set. Leave a limit empty for none.");
        about.addClassName("treatment-hint");
        add(new H3("Vital-sign ranges"), about, rows);
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        thresholds.ranges().ranges().forEach(r -> rows.add(row(r)));
    }

    private Div row(VitalRange r) {
        String prefix = "vital-" + r.sign().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String name = r.sign().label();
        Span sign = new Span(name);
        sign.addClassName("vital-threshold-name");
        IntegerField low = limit(prefix + "-low", "Low", name + " low limit", r.sign(), r.low());
        IntegerField high = limit(prefix + "-high", "High", name + " high limit", r.sign(), r.high());
        Span now = new Span("Now: " + r.text());
        now.setId(prefix + "-range");
        now.addClassName("vital-threshold-now");
        Span origin = new Span(r.shipped() ? "shipped default"
                : "the clinic's own · " + r.changedBy() + ", " + time.format(r.changedAt()));
        origin.addClassName("treatment-option-origin");
        InlineAlert refusal = new InlineAlert();
        refusal.setId(prefix + "-refusal");
        FieldErrors errors = new FieldErrors().bind("low", low).bind("high", high);
        Button save = new Button("Save", e -> save(r, low, high, errors, refusal));
        save.setId(prefix + "-save");
        save.setAriaLabel("Save the " + name.toLowerCase(Locale.ROOT) + " range");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div about = new Div(now, origin);
        about.addClassName("vital-threshold-about");
        Div row = new Div(sign, low, high, save, about);
        row.setId(prefix);
        row.addClassNames("treatment-option", "vital-threshold");
        return new Div(row, refusal);
    }

    private void save(VitalRange r, IntegerField low, IntegerField high, FieldErrors errors, InlineAlert refusal) {
        refusal.clear();
        // a number the field could not read has no value: saving it would clear the limit
        if (unreadable(low) || unreadable(high)) {
            refusal.show("Nothing was saved.", List.of(BAD_NUMBER));
            return;
        }
        errors.clear();
        try {
            VitalRange changed = thresholds.change(r.sign().name(), new VitalLimits(low.getValue(), high.getValue()),
                    r.version());
            Notifications.success("The clinic's " + r.sign().label().toLowerCase(Locale.ROOT) + " range is saved: "
                    + changed.text() + ".");
            refresh();
        } catch (InvalidInputException ex) {
            errors.show(ex, rest -> refusal.show("Nothing was saved.", rest));
        } catch (ConflictException | NotFoundException ex) {
            refusal.show(ex.getMessage());
        }
    }

    private static boolean unreadable(IntegerField field) {
        return field.isInvalid() && BAD_NUMBER.equals(field.getErrorMessage());
    }

    private static IntegerField limit(String id, String label, String ariaLabel, VitalSign sign, Integer value) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setAriaLabel(ariaLabel + " (" + sign.unit() + ")");
        field.setSuffixComponent(new Div(sign.unit()));
        field.setClearButtonVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(BAD_NUMBER));
        field.setValue(value);
        field.addClassName("vital-threshold-field");
        return field;
    }
}
