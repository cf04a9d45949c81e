package com.pathway.clinic.treatment.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pathway.clinic.treatment.InfusionService;
import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.clinic.treatment.VitalRanges;
import com.pathway.clinic.treatment.internal.SessionRules;
import com.pathway.clinic.treatment.ui.SessionRowEditors.DoseRow;
import com.pathway.clinic.treatment.ui.SessionRowEditors.Row;
import com.pathway.clinic.treatment.ui.SessionRowEditors.SideEffectRow;
import com.pathway.clinic.treatment.ui.SessionRowEditors.VitalsRow;
import com.pathway.security.StaffMember;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ComboBoxes;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Records an infusion session while it runs, or finishes its draft: start and end, who gave it, the dose
 * steps as given, vitals and side effects as rows (Alt+D, Alt+V and Alt+E add one, with the time filled
 * in five minutes after the row above, focused), and an observation. Save keeps a draft; Save and sign
 * locks it. Every message of the service lands on its field; the rest in the alert under the form.
 */
class SessionDialog extends Dialog {

    private final InfusionService sessions;
    private final ZoneId zone;
    private final String key;
    private final Runnable onSaved;
    private final List<String> effects;
    private final DateTimePicker start = new DateTimePicker("Started");
    private final TimePicker end = SessionRowEditors.timePicker("session-end", "Ended");
    private final ComboBox<StaffMember> staff = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Given by"));
    private final TimePicker recovered = SessionRowEditors.timePicker("session-recovered", "Recovered");
    private final TimePicker discharged = SessionRowEditors.timePicker("session-discharged", "Discharged");
    private final ComboBox<StaffMember> discharger =
            ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Discharged by"));
    private final List<String> routes;
    private final TextArea observation = new TextArea("Observation");
    private final List<DoseRow> doses = new ArrayList<>();
    private final List<VitalsRow> vitals = new ArrayList<>();
    private final List<SideEffectRow> sideEffects = new ArrayList<>();
    private final Div doseRows = rows("dose-rows");
    private final Div vitalsRows = rows("vitals-rows");
    private final Div effectRows = rows("effect-rows");
    private final InlineAlert refusal = new InlineAlert();
    private final String me;
    private final VitalRanges ranges;
    private SessionView current;

    SessionDialog(InfusionService sessions, List<String> effects, List<String> routes, ZoneId zone, Clock clock,
            String me, String key, SessionView draft, Runnable onSaved) {
        this.sessions = sessions;
        this.routes = routes;
        this.me = me;
        this.zone = zone;
        this.key = key;
        this.onSaved = onSaved;
        this.effects = effects;
        this.current = draft;
        this.ranges = sessions.vitalRanges();
        setId("session-dialog");
        setHeaderTitle((draft == null ? "Record an infusion session" : "Session " + draft.number() + " (draft)") + " · " + key);
        setWidth("min(980px, 96vw)");
        start.setId("session-start");
        start.setStep(Duration.ofMinutes(1));
        staff.setId("session-staff");
        staff.setItems(sessions.staff());
        staff.setItemLabelGenerator(StaffMember::displayName);
        discharger.setId("session-discharger");
        discharger.setItems(staff.getListDataView().getItems().toList());
        discharger.setItemLabelGenerator(StaffMember::displayName);
        discharger.setClearButtonVisible(true);
        observation.setId("session-observation");
        observation.setMaxLength(4000);
        observation.setWidthFull();
        refusal.setId("session-refusal");
        Paragraph note = new Paragraph("Record what was given and observed. Pathway checks times, units and "
                + "plausible ranges only; it never suggests or judges a dose.");
        note.addClassName("session-note");
        Div head = new Div(start, end, staff);
        head.addClassName("session-head");
        add(note, head,
                section("Dose steps", "session-dose-add", "Add dose step", Key.KEY_D, this::addDose), doseRows,
                section("Vitals", "session-vitals-add", "Add vitals", Key.KEY_V, this::addVitals), rangesHint(),
                vitalsRows,
                section("Side effects", "session-effect-add", "Add side effect", Key.KEY_E, this::addEffect), effectRows,
                observation, discharge(), refusal);
        fill(draft, clock);
        Button save = new Button("Save draft", e -> save(false));
        save.setId("session-save");
        Button sign = new Button("Save and sign", e -> save(true));
        sign.setId("session-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save, sign);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                start.focus();
            }
        });
    }

    private void fill(SessionView draft, Clock clock) {
        if (draft == null) {
            start.setValue(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
            staff.getListDataView().getItems().filter(m -> m.username().equals(me)).findFirst()
                    .ifPresent(staff::setValue);
            return;
        }
        start.setValue(draft.startedAt().atZone(zone).toLocalDateTime());
        end.setValue(SessionRowEditors.time(draft.endedAt(), zone));
        staff.getListDataView().getItems().filter(m -> m.username().equals(draft.staff())).findFirst()
                .ifPresent(staff::setValue);
        observation.setValue(draft.observation() == null ? "" : draft.observation());
        recovered.setValue(SessionRowEditors.time(draft.recoveredAt(), zone));
        discharged.setValue(SessionRowEditors.time(draft.dischargedAt(), zone));
        discharger.getListDataView().getItems().filter(m -> m.username().equals(draft.dischargedBy())).findFirst()
                .ifPresent(discharger::setValue);
        draft.doseSteps().forEach(s -> addDose(s, null));
        draft.vitals().forEach(v -> addVitals(v, null));
        draft.sideEffects().forEach(s -> addEffect(s, null));
    }

    /** Recovery and discharge, after the infusion: times of day on the session's date, and who discharged. */
    private Div discharge() {
        Div row = new Div(recovered, discharged, discharger);
        row.addClassName("session-head");
        row.setId("session-discharge");
        return row;
    }

    private Div section(String title, String id, String label, Key key, Runnable add) {
        Button button = new Button(label + " (Alt+" + key.getKeys().get(0).replace("Key", "") + ")", e -> add.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickShortcut(key, KeyModifier.ALT).listenOn(this);
        Div section = new Div(new H4(title), button);
        section.addClassName("session-section");
        return section;
    }

    /** The clinic's ranges the vitals are marked against, so that a mark never comes as a surprise. */
    private Paragraph rangesHint() {
        String text = ranges.ranges().stream().filter(r -> r.low() != null || r.high() != null)
                .map(r -> r.sign().label() + " " + r.text()).collect(Collectors.joining(" · "));
        Paragraph hint = new Paragraph(text.isEmpty() ? "The clinic has set no vital-sign ranges."
                : "Readings outside the clinic's ranges are marked: " + text + ".");
        hint.setId("vitals-ranges");
        hint.addClassName("treatment-hint");
        return hint;
    }

    private static Div rows(String id) {
        Div rows = new Div();
        rows.setId(id);
        rows.addClassName("session-rows");
        return rows;
    }

    /** Five minutes after the last time among the rows, or the start's time for the first row. */
    private LocalTime next(List<? extends Row> rows, Function<Row, TimePicker> time) {
        LocalTime last = rows.isEmpty() ? null : time.apply(rows.get(rows.size() - 1)).getValue();
        if (last != null) {
            return last.plusMinutes(5);
        }
        return start.getValue() == null ? null : start.getValue().toLocalTime();
    }

    private void addDose() {
        addDose(null, next(doses, r -> ((DoseRow) r).time));
    }

    private void addDose(SessionForm.DoseStep step, LocalTime suggested) {
        String unit = doses.isEmpty() ? SessionRules.UNITS.get(0) : doses.get(doses.size() - 1).unit.getValue();
        DoseRow row = new DoseRow(doses.size(), step, SessionRules.UNITS, unit, routes, suggested, zone,
                r -> remove(doses, doseRows, r));
        doses.add(row);
        doseRows.add(row);
        row.amount.focus();
    }

    private void addVitals() {
        addVitals(null, next(vitals, r -> ((VitalsRow) r).time));
    }

    private void addVitals(SessionForm.Vitals v, LocalTime suggested) {
        VitalsRow row = new VitalsRow(vitals.size(), v, suggested, zone, ranges, r -> remove(vitals, vitalsRows, r));
        vitals.add(row);
        vitalsRows.add(row);
        row.systolic.focus();
    }

    private void addEffect() {
        addEffect(null, next(sideEffects, r -> ((SideEffectRow) r).time));
    }

    private void addEffect(SessionForm.SideEffect e, LocalTime suggested) {
        SideEffectRow row = new SideEffectRow(sideEffects.size(), e, effects, suggested, zone,
                r -> remove(sideEffects, effectRows, r));
        sideEffects.add(row);
        effectRows.add(row);
        row.effect.focus();
    }

    private static <R extends Row> void remove(List<R> rows, Div container, Row row) {
        rows.remove(row);
        container.remove(row);
    }

    private SessionForm form() {
        LocalDate date = start.getValue() == null ? null : start.getValue().toLocalDate();
        return new SessionForm(start.getValue() == null ? null : start.getValue().atZone(zone).toInstant(),
                SessionRowEditors.instant(end.getValue(), date, zone),
                staff.getValue() == null ? null : staff.getValue().username(),
                doses.stream().map(r -> r.value(date, zone)).toList(),
                vitals.stream().map(r -> r.value(date, zone)).toList(),
                sideEffects.stream().map(r -> r.value(date, zone)).toList(), observation.getValue(),
                SessionRowEditors.instant(recovered.getValue(), date, zone),
                SessionRowEditors.instant(discharged.getValue(), date, zone),
                discharger.getValue() == null ? null : discharger.getValue().username());
    }

    private FieldErrors errors() {
        FieldErrors errors = new FieldErrors();
        errors.bind("startedAt", start).bind("endedAt", end).bind("staff", staff).bind("observation", observation)
                .bind("recoveredAt", recovered).bind("dischargedAt", discharged).bind("dischargedBy", discharger);
        List<List<? extends Row>> all = List.of(doses, vitals, sideEffects);
        for (List<? extends Row> rows : all) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).index = i;
                rows.get(i).bind(errors);
            }
        }
        return errors;
    }

    private void save(boolean andSign) {
        FieldErrors errors = errors();
        errors.clear();
        refusal.clear();
        boolean saved = false;
        try {
            SessionForm form = form();
            current = current == null ? sessions.record(key, form)
                    : sessions.update(key, current.id(), form, current.version());
            saved = true;
            if (andSign) {
                current = sessions.sign(key, current.id(), current.version());
                Notifications.success("Session " + current.number() + " of " + key + " is signed.");
            } else {
                Notifications.success("The draft of session " + current.number() + " is saved.");
            }
            close();
            onSaved.run();
        } catch (InvalidInputException ex) {
            String heading = saved ? "The session is saved as a draft but not signed." : "The session was not saved.";
            errors.show(ex, rest -> refusal.show(heading, rest));
            if (saved) {
                refusal.show(heading, new ArrayList<>(ex.fieldErrors().values()));
                setHeaderTitle("Session " + current.number() + " (draft) · " + key);
                onSaved.run();
            }
        } catch (ConflictException | NotFoundException ex) {
            refusal.show(ex.getMessage());
        }
    }
}
