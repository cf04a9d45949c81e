package com.pathway.clinic.treatment.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.Severity;
import com.pathway.clinic.treatment.VitalRanges;
import com.pathway.clinic.treatment.VitalSign;
import com.pathway.shared.ui.ComboBoxes;
import com.pathway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One row of each kind in the session form: a dose step (time, amount, unit, route), vitals (time, blood
 * pressure, heart rate, oxygen saturation, respiratory rate) and a side effect (which, how marked, when).
 * Times are times of day in the clinic's zone on the session's date. Every field has its own label and
 * id ({@code dose-amount-2}), so a keyboard user tabs along a row and a message lands on its field.
 */
final class SessionRowEditors {

    private SessionRowEditors() {
    }

    static Instant instant(LocalTime time, LocalDate date, ZoneId zone) {
        return time == null || date == null ? null : time.atDate(date).atZone(zone).toInstant();
    }

    static LocalTime time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    static TimePicker timePicker(String id, String label) {
        TimePicker time = new TimePicker(label);
        time.setId(id);
        time.setStep(java.time.Duration.ofMinutes(1));
        time.addClassName("session-time");
        return time;
    }

    static Button removeButton(String id, String what, Runnable action) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> action.run());
        remove.setId(id);
        remove.setAriaLabel("Remove " + what);
        remove.setTooltipText("Remove " + what);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return remove;
    }

    /** A row of the form: its fields, what it records, and where its messages go. */
    abstract static class Row extends Div {
        int index;

        Row(int index) {
            this.index = index;
            addClassName("session-row");
        }

        abstract void bind(FieldErrors errors);

        abstract com.vaadin.flow.component.Focusable<?> first();
    }

    static final class DoseRow extends Row {
        final TimePicker time;
        final BigDecimalField amount = new BigDecimalField("Amount");
        final Select<String> unit = new Select<>();
        final ComboBox<String> route = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Route"));

        DoseRow(int index, SessionForm.DoseStep step, List<String> units, String defaultUnit, List<String> routes,
                LocalTime suggested, ZoneId zone, Consumer<Row> onRemove) {
            super(index);
            int n = index + 1;
            time = timePicker("dose-time-" + n, "Step " + n + " time");
            amount.setId("dose-amount-" + n);
            unit.setId("dose-unit-" + n);
            unit.setLabel("Unit");
            unit.setItems(units);
            time.setValue(step == null ? suggested : time(step.givenAt(), zone));
            amount.setValue(step == null ? null : step.amount());
            unit.setValue(step == null ? defaultUnit : step.unit());
            route.setId("dose-route-" + n);
            route.setItems(routes);
            route.setClearButtonVisible(true);
            route.setValue(step == null || step.route() == null || !routes.contains(step.route()) ? null : step.route());
            route.addClassName("dose-route");
            add(time, amount, unit, route, removeButton("dose-remove-" + n, "dose step " + n, () -> onRemove.accept(this)));
        }

        SessionForm.DoseStep value(LocalDate date, ZoneId zone) {
            return new SessionForm.DoseStep(instant(time.getValue(), date, zone), amount.getValue(), unit.getValue(),
                    route.getValue());
        }

        @Override
        void bind(FieldErrors errors) {
            String at = "doseSteps[" + index + "].";
            errors.bind(at + "givenAt", time).bind(at + "amount", amount).bind(at + "unit", unit)
                    .bind(at + "route", route);
        }

        @Override
        TimePicker first() {
            return time;
        }
    }

    static final class VitalsRow extends Row {
        final TimePicker time;
        final IntegerField systolic = field("Systolic", "mmHg");
        final IntegerField diastolic = field("Diastolic", "mmHg");
        final IntegerField heartRate = field("Heart rate", "bpm");
        final IntegerField spo2 = field("SpO₂", "%");
        final IntegerField respiratoryRate = field("Resp. rate", "/min");

        VitalsRow(int index, SessionForm.Vitals v, LocalTime suggested, ZoneId zone, VitalRanges ranges,
                Consumer<Row> onRemove) {
            super(index);
            int n = index + 1;
            time = timePicker("vitals-time-" + n, "Vitals " + n + " time");
            systolic.setId("vitals-systolic-" + n);
            diastolic.setId("vitals-diastolic-" + n);
            heartRate.setId("vitals-heart-rate-" + n);
            spo2.setId("vitals-spo2-" + n);
            respiratoryRate.setId("vitals-respiratory-rate-" + n);
            time.setValue(v == null ? suggested : time(v.takenAt(), zone));
            if (v != null) {
                systolic.setValue(v.systolic());
                diastolic.setValue(v.diastolic());
                heartRate.setValue(v.heartRate());
                spo2.setValue(v.spo2());
                respiratoryRate.setValue(v.respiratoryRate());
            }
            add(time, systolic, diastolic, heartRate, spo2, respiratoryRate,
                    removeButton("vitals-remove-" + n, "vitals " + n, () -> onRemove.accept(this)));
            markOutside(systolic, VitalSign.SYSTOLIC, ranges);
            markOutside(diastolic, VitalSign.DIASTOLIC, ranges);
            markOutside(heartRate, VitalSign.HEART_RATE, ranges);
            markOutside(spo2, VitalSign.SPO2, ranges);
            markOutside(respiratoryRate, VitalSign.RESPIRATORY_RATE, ranges);
        }

        /**
         * Marks a reading outside the clinic's range as it is typed (a short pause after the last key), with
         * the text under the field ("Above the clinic's range (max 180)"), which screen readers announce
         * with the field, and a mark beside it: never colour alone, never advice.
         */
        private static void markOutside(IntegerField field, VitalSign sign, VitalRanges ranges) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            Runnable mark = () -> {
                String note = ranges.note(sign, field.getValue());
                field.setHelperText(note == null ? null : "⚠ " + note);
                if (note == null) {
                    field.removeClassName("vital-outside");
                } else {
                    field.addClassName("vital-outside");
                }
            };
            field.addValueChangeListener(e -> mark.run());
            mark.run();
        }

        private static IntegerField field(String label, String unit) {
            IntegerField field = new IntegerField(label);
            field.setSuffixComponent(new Div(unit));
            field.addClassName("vitals-field");
            return field;
        }

        SessionForm.Vitals value(LocalDate date, ZoneId zone) {
            return new SessionForm.Vitals(instant(time.getValue(), date, zone), systolic.getValue(),
                    diastolic.getValue(), heartRate.getValue(), spo2.getValue(), respiratoryRate.getValue());
        }

        @Override
        void bind(FieldErrors errors) {
            String at = "vitals[" + index + "].";
            errors.bind(at + "takenAt", time).bind(at + "systolic", systolic).bind(at + "diastolic", diastolic)
                    .bind(at + "heartRate", heartRate).bind(at + "spo2", spo2)
                    .bind(at + "respiratoryRate", respiratoryRate);
        }

        @Override
        TimePicker first() {
            return time;
        }
    }

    static final class SideEffectRow extends Row {
        final ComboBox<String> effect = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Side effect"));
        final Select<Severity> severity = new Select<>();
        final TimePicker time;

        SideEffectRow(int index, SessionForm.SideEffect e, List<String> effects, LocalTime suggested, ZoneId zone,
                Consumer<Row> onRemove) {
            super(index);
            int n = index + 1;
            effect.setId("effect-name-" + n);
            effect.setItems(effects);
            effect.addClassName("effect-name");
            severity.setId("effect-severity-" + n);
            severity.setLabel("Severity");
            severity.setItems(Severity.values());
            severity.setItemLabelGenerator(Severity::label);
            time = timePicker("effect-time-" + n, "Noted at");
            effect.setValue(e == null ? null : e.effect());
            severity.setValue(e == null ? null : e.severity());
            time.setValue(e == null ? suggested : time(e.notedAt(), zone));
            add(effect, severity, time, removeButton("effect-remove-" + n, "side effect " + n, () -> onRemove.accept(this)));
        }

        SessionForm.SideEffect value(LocalDate date, ZoneId zone) {
            return new SessionForm.SideEffect(effect.getValue(), severity.getValue(), instant(time.getValue(), date, zone));
        }

        @Override
        void bind(FieldErrors errors) {
            String at = "sideEffects[" + index + "].";
            errors.bind(at + "effect", effect).bind(at + "severity", severity).bind(at + "notedAt", time);
        }

        @Override
        ComboBox<String> first() {
            return effect;
        }
    }
}
