package com.pathway.clinic.ui;

import java.util.List;

import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.BulkAssignment;
import com.pathway.clinic.BulkAssignment.Outcome;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.shared.Counts;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.InlineAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Reassigns many leads at once, for managers (the lead list's selection, the board): choose the field
 * and the person, see what will change ("Reassign 12 leads from Dana Reyes (5) and unassigned (7) to
 * Morgan Manager as coordinator", and which leads stay as they are and why), confirm, and read lead by
 * lead what was done and what was refused. Nothing changes before the confirmation. {@code onDone}
 * runs after leads were changed, so that the caller can refresh.
 */
public class BulkAssignDialog extends Dialog {

    private final LeadAssignmentService assignments;
    private final List<String> keys;
    private final Runnable onDone;
    private final RadioButtonGroup<AssignmentField> field = new RadioButtonGroup<>("Assign as");
    private final AssigneePicker picker;
    private final Checkbox clear = new Checkbox("Leave it empty (unassign)");
    private final InlineAlert alert = new InlineAlert();
    private final Div choose = new Div();
    private final Div review = new Div();
    private final Div result = new Div();
    private final Paragraph question = new Paragraph();
    private final UnorderedList notChanging = new UnorderedList();
    private final Button confirm = new Button();
    private final Paragraph done = new Paragraph();
    private final UnorderedList refused = new UnorderedList();
    private BulkAssignment preview;

    public BulkAssignDialog(LeadAssignmentService assignments, List<String> keys, Runnable onDone) {
        this.assignments = assignments;
        this.keys = List.copyOf(keys);
        this.onDone = onDone;
        setId("bulk-assign");
        setHeaderTitle("Assign " + Counts.of(this.keys.size(), "lead"));
        setWidth("32rem");

        field.setId("bulk-field");
        field.setItems(AssignmentField.values());
        field.setItemLabelGenerator(AssignmentField::label);
        field.setValue(AssignmentField.COORDINATOR);
        picker = new AssigneePicker(assignments, AssignmentField.COORDINATOR);
        picker.setId("bulk-picker");
        picker.setLabel("Person");
        picker.setWidthFull();
        field.addValueChangeListener(e -> picker.setField(e.getValue()));
        clear.setId("bulk-clear");
        clear.addValueChangeListener(e -> picker.setEnabled(!e.getValue()));
        alert.setId("bulk-alert");
        Button reviewButton = new Button("Review", e -> review());
        reviewButton.setId("bulk-review");
        reviewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("bulk-cancel");
        choose.add(field, picker, clear, alert, buttons(cancel, reviewButton));

        question.setId("bulk-question");
        notChanging.setId("bulk-not-changing");
        confirm.setId("bulk-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> apply());
        Button back = new Button("Back", e -> show(choose));
        back.setId("bulk-back");
        review.add(question, notChanging, buttons(back, confirm));

        done.setId("bulk-done");
        refused.setId("bulk-refused");
        Button close = new Button("Done", e -> close());
        close.setId("bulk-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(done, refused, buttons(close));

        add(choose, review, result);
        show(choose);
    }

    private void review() {
        alert.setVisible(false);
        if (!clear.getValue() && picker.getValue() == null) {
            alert.show("Choose a person, or tick \u201CLeave it empty\u201D.");
            return;
        }
        try {
            preview = assignments.previewMany(keys, field.getValue(), username());
        } catch (InvalidInputException e) {
            alert.show("Nothing was changed.", List.copyOf(e.fieldErrors().values()));
            return;
        }
        question.setText(BulkAssignWording.question(preview));
        fill(notChanging, BulkAssignWording.notChanging(preview));
        confirm.setText(BulkAssignWording.confirm(preview));
        confirm.setVisible(preview.count(Outcome.CHANGED) > 0);
        show(review);
    }

    private void apply() {
        BulkAssignment applied;
        try {
            applied = assignments.assignMany(keys, preview.field(), username());
        } catch (InvalidInputException e) {
            show(choose);
            alert.show("Nothing was changed.", List.copyOf(e.fieldErrors().values()));
            return;
        }
        done.setText(BulkAssignWording.done(applied));
        fill(refused, applied.lines(Outcome.REFUSED).stream().map(l -> l.key() + ": " + l.reason()).toList());
        show(result);
        if (applied.count(Outcome.CHANGED) > 0) {
            onDone.run();
        }
    }

    private String username() {
        return clear.getValue() || picker.getValue() == null ? null : picker.getValue().username();
    }

    private void show(Div step) {
        choose.setVisible(step == choose);
        review.setVisible(step == review);
        result.setVisible(step == result);
    }

    private static void fill(UnorderedList list, List<String> lines) {
        list.removeAll();
        lines.forEach(line -> list.add(new ListItem(line)));
        list.setVisible(!lines.isEmpty());
    }

    private static Div buttons(Button... buttons) {
        Div row = new Div(buttons);
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("justify-content", "flex-end")
                .set("margin-top", "var(--lumo-space-m)");
        return row;
    }
}
