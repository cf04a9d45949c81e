package com.pathway.security.ui;

import com.pathway.security.PasswordPolicy;
import com.pathway.security.UserService;
import com.pathway.security.UserSummary;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** An administrator sets a new password for a user (which also lifts a lockout). */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserService users, UserSummary user, Runnable done) {
        setId("reset-password-dialog");
        setHeaderTitle("Reset password of " + user.username());
        setWidth("30rem");
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setWidthFull();
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters, not the user name, not a common password.");
        FieldErrors errors = new FieldErrors().bind("password", password);
        add(new Paragraph("Give the new password to " + user.displayName()
                + " privately. A lockout is lifted as well."), password);

        Button save = new Button("Reset password", e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                close();
                Notifications.success("Password of " + user.username() + " reset.");
                done.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
        DialogKeys.submitOnEnter(this, password, save);
    }
}
