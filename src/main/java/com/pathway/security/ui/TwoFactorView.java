package com.pathway.security.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;

import com.pathway.security.TwoFactorService;
import com.pathway.security.internal.SecondStepPolicy.SecondStep;
import com.pathway.security.web.SecondStepSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Setting up the second step at sign-in, for a user whose roles require one they have not set up yet (the
 * QR code needs Vaadin). Until it is done the session holds the password only ({@link SecondStepSession});
 * then the page reloads with the user's roles. The code of an app already set up is asked for on a plain
 * page ({@code security.web.SecondStepController}), where this view sends a session whose code is due.
 */
@Route(value = SecondStepSession.SET_UP_PATH, autoLayout = false)
@PageTitle("Set up two-factor sign-in · Pathway")
@PermitAll
public class TwoFactorView extends VerticalLayout implements BeforeEnterObserver {

    private final TwoFactorService twoFactor;
    private final AuthenticationContext authentication;
    private final Div card = new Div();

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
        if (due == SecondStep.CODE) {
            event.forwardToUrl(SecondStepSession.PATH);
            return;
        }
        if (due != SecondStep.ENROL) {
            event.forwardTo("");
            return;
        }
        card.removeAll();
        card.add(new H1("Pathway"), new Paragraph("Your role requires two-factor sign-in: after your password, a code "
                + "from an app on your phone. Set it up now to continue."),
                new TwoFactorSetup(twoFactor, this::finish), signOut());
    }

    /**
     * The second step is set up: a new session id (as after a code), then reload, so that every part of the
     * page sees the user's roles. The reply to this request carries the new session cookie.
     */
    private void finish() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        SecondStepSession.complete(request.getHttpServletRequest());
        UI.getCurrent().getPage().setLocation(request.getContextPath() + "/");
    }

    private static HttpSession httpSession() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : request.getHttpServletRequest().getSession(false);
    }

    private Button signOut() {
        Button out = new Button("Cancel and sign out", e -> authentication.logout());
        out.setId("two-factor-sign-out");
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return out;
    }
}
