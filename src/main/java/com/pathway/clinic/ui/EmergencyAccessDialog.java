package com.pathway.clinic.ui;

import java.time.Duration;

import com.pathway.clinic.EmergencyAccessService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for the reason of an emergency access to one lead and says what follows: the lead opens for the
 * configured time, every read is recorded with the reason, and administrators are told at once.
 */
class EmergencyAccessDialog extends Dialog {

    private final TextArea reason = new TextArea("Why must you open this lead now?");
    private final FieldErrors errors = new FieldErrors();

    EmergencyAccessDialog(EmergencyAccessService emergency, String key, Duration duration, Runnable opened) {
        setHeaderTitle("Emergency access to " + key);
        setId("emergency-access-dialog");
        reason.setId("emergency-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setHelperText("Required. Administrators review every emergency access.");
        errors.bind("reason", reason);
        Paragraph what = new Paragraph("This lead is outside the leads you work with. In an emergency you may open it"
                + " for " + words(duration) + ". Everything you read is recorded with your reason, and administrators"
                + " are told at once.");
        add(what, reason);
        Button open = new Button("Open for " + words(duration), e -> {
            errors.clear();
            try {
                emergency.open(key, reason.getValue());
            } catch (InvalidInputException ex) {
                errors.show(ex);
                return;
            } catch (NotFoundException ex) {
                Notifications.error(ex.getMessage());
                return;
            }
            close();
            opened.run();
        });
        open.setId("emergency-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, open);
        setWidth("32rem");
    }

    static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "one hour" : hours + " hours";
        }
        return minutes == 1 ? "one minute" : minutes + " minutes";
    }
}
