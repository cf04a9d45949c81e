package com.pathway.security.ui;

import java.util.List;

import com.pathway.security.TotpEnrolment;
import com.pathway.security.TwoFactorService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.FieldErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Setting up two-factor sign-in: the QR code and the key for an authenticator app, a code that proves
 * the app holds it, then the ten recovery codes, shown this once. Used on the Profile page and at sign-in
 * when the user's roles require a second step they have not set up.
 */
class TwoFactorSetup extends VerticalLayout {

    private final TwoFactorService twoFactor;
    private final Runnable done;
    private final TextField code = new TextField("Code from the app");
    private final FieldErrors errors = new FieldErrors();
    private TotpEnrolment enrolment;

    /** @param done what happens once the user has seen the recovery codes */
    TwoFactorSetup(TwoFactorService twoFactor, Runnable done) {
        this.twoFactor = twoFactor;
        this.done = done;
        setId("two-factor-setup");
        setPadding(false);
        addClassName("pathway-card");
        showSecret();
    }

    private void showSecret() {
        removeAll();
        enrolment = twoFactor.startEnrolment();
        Image qr = new Image(enrolment.qrCodeDataUri(), "QR code that adds Pathway to an authenticator app");
        qr.setId("two-factor-qr");
        qr.setWidth("200px");
        qr.setHeight("200px");
        Span key = new Span(enrolment.manualKey());
        key.setId("two-factor-key");
        key.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-weight", "600");
        code.setId("two-factor-setup-code");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        errors.bind("code", code);
        Button confirm = new Button("Turn on", e -> confirm());
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        add(new Paragraph("1. Scan this code with an authenticator app on your phone (for example Google "
                + "Authenticator, Microsoft Authenticator, 1Password or FreeOTP)."), qr,
                new Paragraph(new Span("Or type this key into the app: "), key),
                new Paragraph("2. Enter the 6-digit code the app now shows for Pathway."), code, confirm);
    }

    private void confirm() {
        errors.clear();
        List<String> recovery;
        try {
            recovery = twoFactor.confirmEnrolment(enrolment.secret(), code.getValue());
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        }
        removeAll();
        OrderedList list = new OrderedList();
        list.setId("two-factor-recovery-codes");
        recovery.forEach(c -> list.add(new ListItem(c)));
        list.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Button saved = new Button("I have saved these codes", e -> done.run());
        saved.setId("two-factor-codes-saved");
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div heading = new Div(new Span("Two-factor sign-in is on."));
        heading.getStyle().set("font-weight", "600");
        add(heading, new Paragraph("Keep these ten recovery codes somewhere safe (printed, or in a password "
                + "manager). Each one signs you in once if your phone is lost. They are shown only now."), list, saved);
    }
}
