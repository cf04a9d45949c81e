package com.pathway.security.ui;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.pathway.security.NewUser;
import com.pathway.security.PasswordPolicy;
import com.pathway.security.Role;
import com.pathway.security.UserChanges;
import com.pathway.security.UserService;
import com.pathway.security.UserSummary;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Create a user, or edit one's name, e-mail and roles. The dialog stays open with the fields as typed
 * until the service accepts them; a conflicting edit by someone else is explained and can be reloaded.
 */
class UserDialog extends Dialog {

    private final UserService users;
    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Name");
    private final TextField email = new TextField("E-mail (optional)");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final PasswordField password = new PasswordField("Initial password");
    private final Div problem = new Div();
    private final Button reload = new Button("Reload their changes");
    private final FieldErrors errors = new FieldErrors();
    private final Button save = new Button();
    private UserSummary editing;

    private UserDialog(UserService users, UserSummary editing, boolean self) {
        this.users = users;
        this.editing = editing;
        setId("user-dialog");
        setHeaderTitle(editing == null ? "New user" : "Edit " + editing.username());
        setWidth("36rem");

        username.setId("user-username");
        username.setHelperText("Lower-case letters, digits, dot, dash or underscore.");
        displayName.setId("user-display-name");
        email.setId("user-email");
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setHelperText("An administrator who also gets a role that reads patient data (or the reverse) "
                + "needs a second administrator's approval.");
        password.setId("user-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters, not the user name, not a common password. Share it privately.");
        errors.bind("username", username).bind("displayName", displayName).bind("email", email)
                .bind("roles", roles).bind("password", password);

        problem.setId("user-dialog-problem");
        problem.addClassName("pathway-problem");
        problem.setVisible(false);
        reload.setId("user-dialog-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.addClickListener(e -> reloadLatest());
        reload.setVisible(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (editing == null) {
            form.add(username, displayName, email, roles, password);
        } else {
            fill(editing);
            form.add(new Span("User name: " + editing.username()), displayName, email, roles);
            if (self) {
                // The service refuses a change of one's own roles; here they are not even offered.
                roles.setVisible(false);
                Span own = new Span("Your roles: " + editing.roles().stream().map(Role::label).sorted()
                        .collect(java.util.stream.Collectors.joining(", "))
                        + ". Another administrator changes them.");
                own.setId("user-own-roles");
                form.add(own);
            }
        }
        add(problem, reload, form);

        save.setText(editing == null ? "Create user" : "Save changes");
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("user-cancel");
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
        DialogKeys.submitOnEnter(this, editing == null ? username : displayName, save);
    }

    static UserDialog forNewUser(UserService users, Consumer<UserSummary> created) {
        UserDialog dialog = new UserDialog(users, null, false);
        dialog.save.addClickListener(e -> dialog.submit(() -> users.createUser(new NewUser(
                dialog.username.getValue(), dialog.displayName.getValue(), dialog.email.getValue(),
                dialog.selectedRoles(), dialog.password.getValue())), created));
        return dialog;
    }

    static UserDialog forExistingUser(UserService users, UserSummary user, boolean self,
            Consumer<UserSummary> saved) {
        UserDialog dialog = new UserDialog(users, user, self);
        dialog.save.addClickListener(e -> dialog.submit(() -> users.updateUser(dialog.editing.id(),
                new UserChanges(dialog.displayName.getValue(), dialog.email.getValue(), dialog.selectedRoles(),
                        dialog.editing.version())), saved));
        return dialog;
    }

    private void submit(Supplier<UserSummary> action, Consumer<UserSummary> done) {
        errors.clear();
        showProblem(null);
        try {
            UserSummary result = action.get();
            close();
            done.accept(result);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ConflictException e) {
            showProblem(e.getMessage() + " Your changes are still in the form: reload to see theirs, "
                    + "then apply yours again.");
        }
    }

    private void reloadLatest() {
        editing = users.getUser(editing.id());
        fill(editing);
        errors.clear();
        showProblem(null);
    }

    private void fill(UserSummary user) {
        displayName.setValue(user.displayName());
        email.setValue(user.email() == null ? "" : user.email());
        roles.setValue(user.roles());
    }

    private Set<Role> selectedRoles() {
        return roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
    }

    private void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        reload.setVisible(message != null && editing != null);
    }
}
