package com.pathway.security.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;

import com.pathway.security.SecondStepResult;
import com.pathway.security.TwoFactorService;
import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.pathway.security.web.SecondStepSession;
import com.pathway.shared.ui.InlineAlert;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The second step of signing in: the code of the user's authenticator app (or a recovery code), or, when
 * their roles require a second step they have not set up yet, its set-up. Until it is done the session
 * holds the password only ({@link SecondStepSession}); then the page reloads with the user's roles.
 */
@Route(value = SecondStepSession.PATH, autoLayout = false)
@PageTitle("Two-factor sign-in · Pathway")
@PermitAll
public class TwoFactorView extends VerticalLayout implements BeforeEnterObserver {

    private final TwoFactorService twoFactor;
    private final AuthenticationContext authentication;
    private final Div card = new Div();
    private final TextField code = new TextField("Code");
    private final InlineAlert alert = new InlineAlert();

    public TwoFactorView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        addClassName("pathway-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("pathway-login-card");
        card.getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "32rem");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SecondStep due = SecondStepSession.pending(httpSession()).orElse(null);
        if (due == null) {
            event.forwardTo("");
            return;
        }
        card.removeAll();
        card.add(new H1("Pathway"));
        if (due == SecondStep.ENROL) {
            card.add(new Paragraph("Your role requires two-factor sign-in: after your password, a code from an "
                    + "app on your phone. Set it up now to continue."),
                    new TwoFactorSetup(twoFactor, this::finish), signOut());
        } else {
            card.add(codeForm(), signOut());
        }
    }

    private VerticalLayout codeForm() {
        code.setId("two-factor-code");
        code.setHelperText("The 6-digit code your authenticator app shows for Pathway, or one of your recovery codes.");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        code.focus();
        Button verify = new Button("Verify", e -> verify());
        verify.setId("two-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        alert.setId("two-factor-alert");
        VerticalLayout form = new VerticalLayout(new Paragraph("Enter the code from your authenticator app."), code,
                verify, alert);
        form.setPadding(false);
        return form;
    }

    private void verify() {
        SecondStepResult result = twoFactor.verify(code.getValue());
        switch (result) {
            case VERIFIED -> finish();
            case WRONG_CODE -> {
                code.clear();
                code.focus();
                alert.show("That code did not work.", java.util.List.of("Enter the code your app shows now (it"
                        + " changes every 30 seconds), or a recovery code. Repeated wrong codes lock the account."));
            }
            case THROTTLED -> {
                code.clear();
                alert.show("Too many attempts.", java.util.List.of("Too many codes were wrong. Wait a few minutes,"
                        + " then enter the code your app shows at that time."));
            }
            case LOCKED -> {
                // Same words as a locked password sign-in; the session ends.
                authentication.logout();
                UI.getCurrent().getPage().setLocation("login?error");
            }
        }
    }

    /** The second step is done: reload, so that every part of the page sees the user's roles. */
    private void finish() {
        SecondStepSession.complete(httpSession());
        UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
    }

    private static HttpSession httpSession() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
    }

    private Button signOut() {
        Button out = new Button("Cancel and sign out", e -> authentication.logout());
        out.setId("two-factor-sign-out");
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return out;
    }
}
