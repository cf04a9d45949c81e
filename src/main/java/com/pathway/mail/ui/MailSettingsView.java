package com.pathway.mail.ui;

import jakarta.annotation.security.PermitAll;

import com.pathway.mail.MailSettings;
import com.pathway.mail.MailSettingsService;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** One's own choice of staff e-mails, reached from Profile. */
@Route("profile/email")
@PageTitle("E-mail settings · Pathway")
@PermitAll
public class MailSettingsView extends VerticalLayout {

    public MailSettingsView(MailSettingsService service) {
        addClassName("pathway-view");
        MailSettings mine = service.mine();
        Paragraph address = new Paragraph(mine.address() == null
                ? "Your account has no e-mail address, so no e-mail is sent to you; an administrator can add one."
                : "E-mail goes to " + mine.address() + ". It names leads by key only, never health information.");
        address.setId("email-address");
        address.addClassName("pathway-hint");
        Checkbox digest = new Checkbox("A morning digest of my overdue tasks and those due today", mine.dailyDigest());
        digest.setId("email-digest");
        Checkbox due = new Checkbox("A notice before one of my tasks is due", mine.dueNotices());
        due.setId("email-due");
        Checkbox mentions = new Checkbox("A copy when someone mentions me in a note", mine.mentions());
        mentions.setId("email-mentions");
        Button save = new Button("Save", e -> {
            service.change(digest.getValue(), due.getValue(), mentions.getValue());
            Notifications.success("Your e-mail settings are saved.");
        });
        save.setId("email-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("E-mail settings"), address, digest, due, mentions, save, new Anchor("profile", "Back to profile"));
    }
}
