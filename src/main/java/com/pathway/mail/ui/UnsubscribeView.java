package com.pathway.mail.ui;

import java.util.List;

import com.pathway.clinic.EmailConsentService;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.InlineAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page an unsubscribe link opens. Opening it changes nothing (mail scanners open links); the
 * button withdraws the e-mail consent the signed link was made for, and the page says what happened or
 * why the link cannot be used.
 */
@Route(value = "unsubscribe", autoLayout = false)
@PageTitle("Unsubscribe · Pathway")
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver {

    private final EmailConsentService consent;
    private final Paragraph text = new Paragraph();
    private final Button confirm = new Button("Stop e-mail");
    private final InlineAlert alert = new InlineAlert();
    private String token;

    public UnsubscribeView(EmailConsentService consent, ClinicProperties clinic) {
        this.consent = consent;
        addClassName("pathway-unsubscribe");
        getStyle().set("max-width", "36rem").set("margin", "var(--lumo-space-xl) auto")
                .set("padding", "0 var(--lumo-space-m)");
        text.setText("Do you want to stop all e-mail from " + clinic.name() + "? Appointment reminders and other"
                + " messages will no longer be sent to you. You can still reach us by phone.");
        text.setId("unsubscribe-text");
        confirm.setId("unsubscribe-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> unsubscribe());
        alert.setId("unsubscribe-alert");
        VerticalLayout box = new VerticalLayout(new H1("Unsubscribe"), text, confirm, alert);
        box.setPadding(false);
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = tokens.isEmpty() ? null : tokens.get(0);
        if (token == null || token.isBlank()) {
            confirm.setEnabled(false);
            alert.show("This page needs the link from an e-mail.", List.of("Open the unsubscribe link at the end of"
                    + " the e-mail you received, or call the clinic."));
        }
    }

    private void unsubscribe() {
        alert.clear();
        try {
            String firstName = consent.unsubscribe(token);
            text.setText("Done" + (firstName == null || firstName.isBlank() ? "" : ", " + firstName)
                    + ": you will receive no more e-mail from us, and messages that were waiting are cancelled.");
            confirm.setVisible(false);
        } catch (InvalidInputException e) {
            alert.show("Nothing was changed.", List.copyOf(e.fieldErrors().values()));
        }
    }
}
