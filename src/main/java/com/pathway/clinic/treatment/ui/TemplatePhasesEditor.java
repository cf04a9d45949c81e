package com.pathway.clinic.treatment.ui;

import java.util.ArrayList;
import java.util.List;

import com.pathway.clinic.treatment.CourseTemplateService;
import com.pathway.clinic.treatment.PhaseView;
import com.pathway.clinic.treatment.TemplateEdit.PhaseEdit;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A template's phases in order, each a row of fields (name, infusions, days apart, and for every phase after
 * the first how many days after the previous phase's last session it starts) with Up, Down and Remove; Add phase
 * below. The rows keep what was typed while they move; messages land on the field of the phase they name.
 */
final class TemplatePhasesEditor extends Div {

    private final String prefix;
    private final List<PhaseRow> rows = new ArrayList<>();
    private final Div list = new Div();

    TemplatePhasesEditor(String prefix, List<PhaseView> phases) {
        this.prefix = prefix;
        setId(prefix + "-phases");
        addClassName("template-phases");
        phases.forEach(p -> rows.add(new PhaseRow(p)));
        if (rows.isEmpty()) {
            rows.add(new PhaseRow(null));
        }
        Button add = new Button("Add phase", e -> {
            rows.add(new PhaseRow(null));
            layout();
            rows.getLast().name.focus();
        });
        add.setId(prefix + "-phase-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(list, add);
        layout();
    }

    /** The phases as entered, in their order. */
    List<PhaseEdit> edit() {
        return rows.stream().map(PhaseRow::edit).toList();
    }

    /** Binds each phase's fields to the names the service's messages use ({@code phases[1].intervalDays}). */
    void bind(FieldErrors errors) {
        for (int i = 0; i < rows.size(); i++) {
            PhaseRow r = rows.get(i);
            String field = "phases[" + i + "].";
            errors.bind(field + "name", r.name).bind(field + "sessions", r.sessions)
                    .bind(field + "intervalDays", r.interval).bind(field + "startAfterDays", r.startAfter);
        }
    }

    void clear() {
        rows.clear();
        rows.add(new PhaseRow(null));
        layout();
    }

    private void layout() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            PhaseRow r = rows.get(i);
            r.place(i, rows.size());
            list.add(r);
        }
    }

    private void move(PhaseRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        layout();
        (by < 0 ? row.up : row.down).focus();
    }

    /** One phase's fields and its Up / Down / Remove buttons. */
    private final class PhaseRow extends Div {
        final TextField name = new TextField("Phase");
        final IntegerField sessions = new IntegerField("Infusions");
        final IntegerField interval = new IntegerField("Days apart");
        final IntegerField startAfter = new IntegerField("Starts days after previous");
        final Button up = new Button("Up", e -> move(this, -1));
        final Button down = new Button("Down", e -> move(this, 1));
        final Button remove = new Button("Remove", e -> {
            rows.remove(this);
            layout();
        });

        PhaseRow(PhaseView p) {
            addClassName("template-phase");
            name.setMaxLength(CourseTemplateService.MAX_NAME);
            name.setPlaceholder("e.g. Induction");
            sessions.setMin(1);
            sessions.setMax(TreatmentService.MAX_PLANNED);
            interval.setMin(1);
            interval.setMax(CourseTemplateService.MAX_INTERVAL_DAYS);
            startAfter.setMin(1);
            startAfter.setMax(CourseTemplateService.MAX_START_AFTER_DAYS);
            startAfter.setHelperText("after the previous phase's last session");
            if (p != null) {
                name.setValue(p.name());
                sessions.setValue(p.sessions());
                interval.setValue(p.intervalDays());
                startAfter.setValue(p.startAfterDays());
            }
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            add(name, sessions, interval, startAfter, up, down, remove);
        }

        /** Ids and labels for its place: the first phase has no start-after field and cannot move up. */
        void place(int index, int count) {
            String id = prefix + "-phase-" + (index + 1);
            setId(id);
            name.setId(id + "-name");
            sessions.setId(id + "-sessions");
            interval.setId(id + "-interval");
            startAfter.setId(id + "-start-after");
            up.setId(id + "-up");
            down.setId(id + "-down");
            remove.setId(id + "-remove");
            startAfter.setVisible(index > 0);
            up.setEnabled(index > 0);
            down.setEnabled(index < count - 1);
            remove.setEnabled(count > 1);
            String which = "phase " + (index + 1);
            up.setAriaLabel("Move " + which + " up");
            down.setAriaLabel("Move " + which + " down");
            remove.setAriaLabel("Remove " + which);
            name.setAriaLabel("Name of " + which);
        }

        PhaseEdit edit() {
            return new PhaseEdit(name.getValue(), sessions.getValue(), interval.getValue(),
                    startAfter.isVisible() ? startAfter.getValue() : null);
        }
    }
}
