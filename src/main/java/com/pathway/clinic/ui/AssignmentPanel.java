package com.pathway.clinic.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;

import com.pathway.clinic.Assignee;
import com.pathway.clinic.AssignmentField;
import com.pathway.clinic.LeadAssignees;
import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadPermissions;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Markup;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The lead page's "Assigned to": the coordinator and the clinician by name, "Assign to me" in one click
 * for whoever fits the field, and "Change…" (a picker of active people with a fitting role) for those
 * who assign others. A refusal is said under the row where it was clicked; a lead changed meanwhile is
 * shown as it is now ({@code onChanged} re-reads it), so the user decides again.
 */
class AssignmentPanel extends Div {

    private final LeadAssignmentService assignments;
    private final LeadPermissions permissions;
    private final String me;
    private final Consumer<LeadAssignees> onChanged;
    private final Map<AssignmentField, Row> rows = new EnumMap<>(AssignmentField.class);
    private LeadAssignees shown;

    AssignmentPanel(LeadAssignmentService assignments, LeadPermissions permissions, CurrentUser currentUser,
            Consumer<LeadAssignees> onChanged) {
        this.assignments = assignments;
        this.permissions = permissions;
        this.me = currentUser.username().orElse(null);
        this.onChanged = onChanged;
        setId("lead-assignment");
        addClassName("lead-assignment");
        for (AssignmentField field : AssignmentField.values()) {
            Row row = new Row(field);
            rows.put(field, row);
            add(row);
        }
    }

    void show(LeadDetails lead) {
        show(assignments.assignees(lead));
    }

    private void show(LeadAssignees assignees) {
        shown = assignees;
        rows.values().forEach(Row::refresh);
    }

    /**
     * One field: who holds it, and what the user may do about it. Who holds it is markup (escaped by jsoup); the
     * "Assign to me" button and the alert are made when first needed, since each lead page keeps its elements for as
     * long as it is open.
     */
    private final class Row extends Div {

        private final AssignmentField field;
        private final Div who = new Div();
        private Button assignMe;
        private final Button change = new Button("Change\u2026");
        /** The picker and its buttons, made at the first "Change…": most lead pages are read, not reassigned. */
        private AssigneePicker picker;
        private Button unassign;
        private Div editor;
        private InlineAlert alert;
        private final Div head;

        Row(AssignmentField field) {
            this.field = field;
            String id = field.userField();
            addClassName("assignment-row");
            who.addClassName("assignment-who");
            change.setId("change-" + id);
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            change.addClickListener(e -> startChange());
            head = new Div(who, change);
            head.addClassName("assignment-head");
            add(head);
        }

        private Button assignMe() {
            if (assignMe == null) {
                assignMe = new Button("Assign to me");
                assignMe.setId("assign-me-" + field.userField());
                assignMe.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                assignMe.addClickListener(e -> act(() -> assignments.assignToMe(shown.key(), field, shown.version()),
                        "You are now the " + field.label().toLowerCase() + " of "));
                head.addComponentAtIndex(1, assignMe);
            }
            return assignMe;
        }

        /** The refusal under the row, made at the first one. */
        private InlineAlert alert() {
            if (alert == null) {
                alert = new InlineAlert();
                alert.setId("assignment-alert-" + field.userField());
                add(alert);
            }
            return alert;
        }

        private void hideAlert() {
            if (alert != null) {
                alert.setVisible(false);
            }
        }

        /** Makes the editor, once, between the row's head and its alert. */
        private void makeEditor() {
            String id = field.userField();
            picker = new AssigneePicker(assignments, field);
            picker.setId("picker-" + id);
            picker.setAriaLabel(field.label());
            // Room for a full name on one line; shrinks on narrow screens.
            picker.getStyle().set("flex", "1 1 16em").set("min-width", "12em");
            Button save = new Button("Assign", e -> saveChange());
            save.setId("save-" + id);
            save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            unassign = new Button("Unassign", e -> act(() -> assignments.assign(shown.key(), field, null,
                    shown.version()), field.label() + " unassigned from "));
            unassign.setId("unassign-" + id);
            unassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button cancel = new Button("Cancel", e -> stopChange());
            cancel.setId("cancel-" + id);
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            editor = new Div(picker, save, unassign, cancel);
            editor.addClassName("assignment-editor");
            addComponentAtIndex(1, editor);
        }

        private boolean editing() {
            return editor != null && editor.isVisible();
        }

        void refresh() {
            Assignee holder = shown.get(field);
            Element text = Markup.block();
            text.appendElement("span").addClass("assignment-label").text(field.label());
            Element name = text.appendElement("span").id("assignee-" + field.userField())
                    .addClass("assignment-name").text(holder == null ? "Unassigned" : holder.shown());
            if (holder == null) {
                name.addClass("assignment-none");
            }
            Markup.show(who, text);
            boolean mayTakeIt = permissions.mayAssignSelf(field)
                    && (holder == null || !Objects.equals(holder.username(), me));
            if (mayTakeIt) {
                assignMe().setVisible(true);
            } else if (assignMe != null) {
                assignMe.setVisible(false);
            }
            change.setVisible(permissions.mayAssign() && !editing());
            if (unassign != null) {
                unassign.setVisible(holder != null);
            }
        }

        private void startChange() {
            hideAlert();
            if (editor == null) {
                makeEditor();
                unassign.setVisible(shown.get(field) != null);
            }
            picker.clear();
            editor.setVisible(true);
            change.setVisible(false);
            picker.focus();
        }

        private void stopChange() {
            editor.setVisible(false);
            refresh();
        }

        private void saveChange() {
            Assignee picked = picker.getValue();
            if (picked == null) {
                alert().show("Choose a person first, or Cancel.");
                return;
            }
            act(() -> assignments.assign(shown.key(), field, picked.username(), shown.version()),
                    "Assigned " + picked.displayName() + " as " + field.label().toLowerCase() + " of ");
        }

        private void act(java.util.function.Supplier<LeadAssignees> change, String done) {
            hideAlert();
            try {
                LeadAssignees after = change.get();
                if (editor != null) {
                    editor.setVisible(false);
                }
                show(after);
                Notifications.success(done + after.key() + ".");
                onChanged.accept(after);
            } catch (InvalidInputException e) {
                alert().show("Not assigned.", java.util.List.copyOf(e.fieldErrors().values()));
            } catch (ConflictException e) {
                alert().show("Not assigned.", java.util.List.of(shown.key()
                        + " was changed by someone else meanwhile; it is shown as it is now. Choose again if you still want to."));
                onChanged.accept(null);
            } catch (NotFoundException e) {
                alert().show("Not assigned.", java.util.List.of(e.getMessage()));
            }
        }
    }
}
