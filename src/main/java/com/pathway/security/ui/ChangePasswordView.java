package com.pathway.security.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;

import com.pathway.security.UserService;
import com.pathway.security.web.PasswordChangeSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * After signing in with a password an administrator set (a new account, a reset), the user chooses their
 * own here before anything else ({@link PasswordChangeSession}); then Pathway opens as usual. Anyone else
 * who comes here is sent to the home page.
 */
@Route(value = PasswordChangeSession.PATH, autoLayout = false)
@PageTitle("Choose your password · Pathway")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final PasswordChangeForm form;

    public ChangePasswordView(UserService users, AuthenticationContext authentication) {
        addClassName("pathway-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form = new PasswordChangeForm(users, "Set my password", 1, ChangePasswordView::finish);
        Paragraph why = new Paragraph("An administrator set your password, so someone besides you knows it. "
                + "Choose your own now to continue: type the password you were given, then a new one twice.");
        why.setId("change-password-reason");
        Button out = new Button("Cancel and sign out", e -> authentication.logout());
        out.setId("change-password-sign-out");
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(new H1("Pathway"), new H2("Choose your password"), why, form, out);
        card.addClassName("pathway-login-card");
        card.getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "32rem");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!PasswordChangeSession.isDue(httpSession())) {
            event.forwardTo("");
            return;
        }
        form.focus();
    }

    private static void finish() {
        PasswordChangeSession.complete(httpSession());
        UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
    }

    private static HttpSession httpSession() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
    }
}
