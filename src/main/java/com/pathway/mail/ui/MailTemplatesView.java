package com.pathway.mail.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.mail.MailTemplate;
import com.pathway.mail.MailTemplateService;
import com.pathway.mail.MessageKind;
import com.pathway.mail.RenderedMail;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The e-mail templates, for administrators: pick a message, edit its subject and text with the placeholders
 * it offers, preview it with example values, save it, or go back to the shipped default. A template the
 * service refuses shows why on the field at fault, and nothing is saved.
 */
@Route("admin/mail-templates")
@PageTitle("E-mail templates · Pathway")
@Menu(order = 125, icon = "vaadin:envelope", title = "E-mail templates")
@RolesAllowed(Role.Names.ADMIN)
public class MailTemplatesView extends VerticalLayout {

    private final MailTemplateService service;
    private final ClinicTime time;
    private final Select<MessageKind> kind = new Select<>();
    private final TextField subject = new TextField("Subject");
    private final TextArea body = new TextArea("Message");
    private final Paragraph placeholders = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Pre preview = new Pre();
    private final H3 previewTitle = new H3("Preview");
    private final InlineAlert alert = new InlineAlert();
    private final FieldErrors errors = new FieldErrors();

    public MailTemplatesView(MailTemplateService service, ClinicTime time) {
        this.service = service;
        this.time = time;
        addClassName("pathway-view");

        kind.setLabel("Message");
        kind.setId("template-kind");
        kind.setWidth("26rem");
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(k -> k.title() + (k.toLead() ? " (to leads)" : " (to staff)"));
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(service.get(e.getValue()));
            }
        });
        subject.setId("template-subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        body.setId("template-body");
        body.setWidthFull();
        body.setMinHeight("10rem");
        body.setMaxHeight("16rem");
        placeholders.setId("template-placeholders");
        placeholders.addClassName("pathway-hint");
        state.setId("template-state");
        state.addClassName("pathway-hint");
        errors.bind("subject", subject).bind("body", body);

        Button previewButton = new Button("Preview", e -> preview());
        previewButton.setId("template-preview");
        Button save = new Button("Save", e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button("Back to default", e -> show(service.reset(kind.getValue())));
        reset.setId("template-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(save, previewButton, reset);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("flex-wrap", "wrap");
        alert.setId("template-alert");
        preview.setId("template-preview-text");
        preview.getStyle().set("white-space", "pre-wrap").set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin", "0").set("width", "100%").set("box-sizing", "border-box");
        previewTitle.setVisible(false);
        preview.setVisible(false);

        Paragraph intro = new Paragraph("Messages are plain text. Placeholders such as ${firstName} are filled in "
                + "when a message is written; staff messages name a lead by its key only, and messages to leads "
                + "must keep their unsubscribe link.");
        intro.addClassName("pathway-hint");
        add(new H2("E-mail templates"), intro, kind, state, subject, body, placeholders, buttons, alert,
                previewTitle, preview);
        setMaxWidth("60rem");
        kind.setValue(MessageKind.values()[0]);
    }

    private void show(MailTemplate t) {
        errors.clear();
        alert.clear();
        subject.setValue(t.subject());
        body.setValue(t.body());
        placeholders.setText("Placeholders: " + t.placeholders().stream().map(p -> "${" + p + "}")
                .collect(Collectors.joining(", ")));
        state.setText(t.customised() ? "Changed by " + t.updatedBy() + " on " + time.format(t.updatedAt())
                : "The shipped default.");
        previewTitle.setVisible(false);
        preview.setVisible(false);
    }

    private void preview() {
        try {
            errors.clear();
            alert.clear();
            RenderedMail mail = service.preview(kind.getValue(), subject.getValue(), body.getValue());
            preview.setText("Subject: " + mail.subject() + "\n\n" + mail.body());
            previewTitle.setVisible(true);
            preview.setVisible(true);
        } catch (InvalidInputException e) {
            refused("Cannot preview this template.", e);
        }
    }

    private void save() {
        try {
            show(service.save(kind.getValue(), subject.getValue(), body.getValue()));
            Notifications.success("Template saved.");
        } catch (InvalidInputException e) {
            refused("Not saved.", e);
        }
    }

    private void refused(String heading, InvalidInputException e) {
        errors.show(e, rest -> alert.show(heading, rest));
        alert.show(heading, List.copyOf(e.fieldErrors().values()));
    }
}
