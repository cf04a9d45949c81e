package com.pathway.clinic.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssignees;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Assigning one lead where there is no room for the lead page's panel (a board card's menu,
 * {@link AssignCardActions}): "Assign to me" in one click, its refusal said in a notification, and
 * "Coordinator…" / "Clinician…", which ask for the person with an {@link AssigneePicker} in a small dialog
 * that says its refusals itself. {@code onChanged} gets who holds the lead now.
 */
final class QuickAssign {

    private QuickAssign() {
    }

    /** Runs a one-click assignment; a refusal is said in a notification, a success too. */
    static void assignOneClick(String key, Supplier<LeadAssignees> change, Consumer<LeadAssignees> onChanged) {
        try {
            done(change.get(), onChanged);
        } catch (InvalidInputException e) {
            Notifications.error(key + " was not assigned: " + String.join(" ", e.fieldErrors().values()));
        } catch (ConflictException | NotFoundException e) {
            Notifications.error(key + " was not assigned: " + e.getMessage());
        }
    }

    /** Asks for the person in a small dialog, which says its refusals itself. */
    static void openPicker(LeadAssignmentService assignments, String key, AssignmentField field,
            Consumer<LeadAssignees> onChanged) {
        Dialog dialog = new Dialog();
        dialog.setId("quick-assign-dialog");
        dialog.setHeaderTitle(field.label() + " of " + key);
        AssigneePicker picker = new AssigneePicker(assignments, field);
        picker.setId("quick-assign-picker");
        picker.setAriaLabel(field.label());
        picker.setWidthFull();
        InlineAlert alert = new InlineAlert();
        alert.setId("quick-assign-alert");
        Button assign = new Button("Assign", e -> {
            if (picker.getValue() == null) {
                alert.show("Choose a person first, or Cancel.");
                return;
            }
            try {
                done(assignments.assign(key, field, picker.getValue().username(), null), onChanged);
                dialog.close();
            } catch (InvalidInputException ex) {
                alert.show("Not assigned.", List.copyOf(ex.fieldErrors().values()));
            } catch (ConflictException | NotFoundException ex) {
                alert.show("Not assigned.", List.of(ex.getMessage()));
            }
        });
        assign.setId("quick-assign-save");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(picker, alert);
        dialog.getFooter().add(cancel, assign);
        dialog.open();
    }

    private static void done(LeadAssignees after, Consumer<LeadAssignees> onChanged) {
        Notifications.success("Assigned " + after.key() + ".");
        onChanged.accept(after);
    }
}
