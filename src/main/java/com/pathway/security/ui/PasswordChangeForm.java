package com.pathway.security.ui;

import com.pathway.security.PasswordPolicy;
import com.pathway.security.UserService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The signed-in user changes their own password: the current one, the new one twice. Each refusal is
 * shown on its field; after a change the fields are emptied and {@code changed} runs.
 */
class PasswordChangeForm extends VerticalLayout {

    private final UserService users;
    private final Runnable changed;
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField repeatPassword = new PasswordField("Repeat the new password");
    private final FieldErrors errors = new FieldErrors();

    PasswordChangeForm(UserService users, String submitText, int columns, Runnable changed) {
        this.users = users;
        this.changed = changed;
        currentPassword.setId("current-password");
        newPassword.setId("new-password");
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters, not your user name, not the clinic's name, not a common password.");
        repeatPassword.setId("repeat-password");
        errors.bind("currentPassword", currentPassword).bind("newPassword", newPassword)
                .bind("repeatPassword", repeatPassword);

        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40rem", columns));
        Button change = new Button(submitText, e -> change());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, change);
        setPadding(false);
    }

    void focus() {
        currentPassword.focus();
    }

    private void change() {
        errors.clear();
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            errors.show(InvalidInputException.of("repeatPassword",
                    "The two new passwords differ; type the same password twice."));
            return;
        }
        try {
            users.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        changed.run();
    }
}
