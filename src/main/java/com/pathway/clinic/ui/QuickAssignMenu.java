package com.pathway.clinic.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssignees;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadPermissions;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;

/**
 * A small "Assign" menu for one lead where there is no room for the lead page's panel (a board card, a
 * list row): "Assign to me" in each field the user's role fits, and, for those who assign others,
 * "Coordinator…" and "Clinician…", which ask for the person with an {@link AssigneePicker} in a small
 * dialog (its refusals are said there). A one-click refusal is said in a notification. Shows nothing to
 * a user who may do neither. {@code onChanged} gets who holds the lead now.
 */
public class QuickAssignMenu extends MenuBar {

    private final LeadAssignmentService assignments;
    private final String key;
    private final Consumer<LeadAssignees> onChanged;

    public QuickAssignMenu(LeadAssignmentService assignments, LeadPermissions permissions, String key,
            Consumer<LeadAssignees> onChanged) {
        this.assignments = assignments;
        this.key = key;
        this.onChanged = onChanged;
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        addClassName("quick-assign");
        MenuItem root = addItem(VaadinIcon.USER.create());
        root.setAriaLabel("Assign " + key);
        root.add("Assign");
        SubMenu items = root.getSubMenu();
        for (AssignmentField field : AssignmentField.values()) {
            if (permissions.mayAssignSelf(field)) {
                MenuItem me = items.addItem("Assign to me as " + field.label().toLowerCase(Locale.ROOT),
                        e -> oneClick(() -> assignments.assignToMe(key, field, null)));
                me.setId("quick-assign-me-" + field.userField());
            }
        }
        if (permissions.mayAssign()) {
            for (AssignmentField field : AssignmentField.values()) {
                MenuItem pick = items.addItem(field.label() + "\u2026", e -> openPicker(field));
                pick.setId("quick-assign-" + field.userField());
            }
        }
        setVisible(!items.getItems().isEmpty());
    }

    private void oneClick(Supplier<LeadAssignees> change) {
        assignOneClick(key, change, onChanged);
    }

    private void openPicker(AssignmentField field) {
        openPicker(assignments, key, field, onChanged);
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
