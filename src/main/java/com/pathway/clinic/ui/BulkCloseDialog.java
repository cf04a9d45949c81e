package com.pathway.clinic.ui;

import java.util.List;

import com.pathway.clinic.BulkClose;
import com.pathway.clinic.LeadBulkService;
import com.pathway.shared.Counts;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

/**
 * "Close…" for the leads selected on the list: asks for a resolution, shows what will change ("Close
 * 12 leads as Lost contact", and which leads stay as they are, with why), and after the user confirms
 * says per lead what the workflow refused and why. Nothing changes before the confirmation.
 */
class BulkCloseDialog extends Dialog {

    private final LeadBulkService bulk;
    private final List<String> keys;
    private final Runnable done;
    private final Select<String> resolution = new Select<>();
    private final Div plan = new Div();
    private final Button confirm = new Button("Close leads");
    private final Button cancel = new Button("Cancel", e -> close());

    BulkCloseDialog(LeadBulkService bulk, List<String> keys, Runnable done) {
        this.bulk = bulk;
        this.keys = List.copyOf(keys);
        this.done = done;
        setId("bulk-close-dialog");
        setHeaderTitle("Close " + Counts.of(keys.size(), "lead", "leads"));
        setWidth("34rem");
        resolution.setId("bulk-close-resolution");
        resolution.setLabel("Resolution");
        resolution.setItems(bulk.closeResolutions());
        resolution.setPlaceholder("Choose a resolution");
        resolution.setWidthFull();
        resolution.addValueChangeListener(e -> showPlan());
        plan.setId("bulk-close-plan");
        confirm.setId("bulk-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> run());
        add(new Paragraph("Each lead is closed through the workflow, whose rules still apply to it."), resolution, plan);
        getFooter().add(cancel, confirm);
    }

    private void showPlan() {
        plan.removeAll();
        confirm.setEnabled(false);
        if (resolution.getValue() == null) {
            return;
        }
        try {
            BulkClose.Plan p = bulk.planClose(keys, resolution.getValue());
            String what = Counts.of(p.closing().size(), "lead", "leads");
            Paragraph summary = new Paragraph(p.closing().isEmpty() ? "None of these leads can be closed."
                    : "Close " + what + " as " + p.resolution() + ".");
            summary.setId("bulk-close-summary");
            plan.add(summary);
            if (!p.leftAsTheyAre().isEmpty()) {
                plan.add(new Paragraph(Counts.of(p.leftAsTheyAre().size(), "lead stays", "leads stay") + " as "
                        + (p.leftAsTheyAre().size() == 1 ? "it is" : "they are") + ":"), reasons(p.leftAsTheyAre()));
            }
            confirm.setText("Close " + what);
            confirm.setEnabled(!p.closing().isEmpty());
        } catch (InvalidInputException ex) {
            resolution.setInvalid(true);
            resolution.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
        }
    }

    private void run() {
        confirm.setEnabled(false);
        BulkClose.Result result;
        try {
            result = bulk.close(keys, resolution.getValue());
        } catch (InvalidInputException ex) {
            resolution.setInvalid(true);
            resolution.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
            return;
        }
        done.run();
        if (result.refused().isEmpty()) {
            Notifications.success("Closed " + Counts.of(result.closed().size(), "lead", "leads") + " as "
                    + result.resolution() + ".");
            close();
            return;
        }
        // Refusals stay on screen until read: never a silent partial failure.
        plan.removeAll();
        Paragraph summary = new Paragraph("Closed " + Counts.of(result.closed().size(), "lead", "leads") + " as "
                + result.resolution() + ". " + Counts.of(result.refused().size(), "lead was", "leads were")
                + " not closed:");
        summary.setId("bulk-close-summary");
        plan.add(summary, reasons(result.refused()));
        resolution.setVisible(false);
        confirm.setVisible(false);
        cancel.setText("Done");
    }

    private static UnorderedList reasons(List<BulkClose.Refusal> refusals) {
        UnorderedList list = new UnorderedList();
        list.setId("bulk-close-refusals");
        for (BulkClose.Refusal r : refusals) {
            list.add(new ListItem(r.key() + ": " + r.reason()));
        }
        return list;
    }
}
