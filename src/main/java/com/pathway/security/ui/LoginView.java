package com.pathway.security.ui;

import com.pathway.security.DemoAccounts;
import com.pathway.security.SecurityProperties;
import com.pathway.security.SessionEnd;
import com.pathway.security.internal.DemoUsers;
import com.pathway.shared.ClinicProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. Tells the user in plain words why they are here: a failed sign-in (one message whatever the
 * cause: a wrong password, an unknown user, a locked account or an address that failed too often, so that
 * the page never tells a stranger which accounts exist or are locked; the owner of a locked account learns
 * of it by e-mail), an idle timeout, the end of a sign-in's lifetime, a session ended by an administrator or from
 * another session, or a completed sign-out; and, while the README's demo credentials work here, that
 * this installation is a demo.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Pathway")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Paragraph notice = new Paragraph();
    private final SecurityProperties security;

    public LoginView(ClinicProperties clinic, SecurityProperties security, DemoAccounts demoAccounts) {
        this.security = security;
        addClassName("pathway-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getForm().setSubmit("Sign in");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.addClassName("pathway-login-notice");
        notice.setId("login-notice");
        notice.setVisible(false);

        H1 title = new H1("Pathway");
        Paragraph subtitle = new Paragraph(clinic.name() + " · lead and follow-up CRM");
        Div card = new Div(title, subtitle, notice, form);
        if (demoAccounts.credentialsExist()) {
            card.addComponentAtIndex(2, demoNotice());
        }
        card.addClassName("pathway-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            showError();
        } else if (params.containsKey("timeout")) {
            showNotice("You were signed out after " + minutes(security.sessionTimeout().toMinutes())
                    + " without activity. Sign in again to continue.");
        } else if (params.containsKey(SessionEnd.LIFETIME.loginParameter())) {
            showNotice("You were signed in for " + hours(security.sessionLifetime())
                    + ", the longest a sign-in lasts. Sign in again to continue.");
        } else if (params.containsKey(SessionEnd.BY_ADMINISTRATOR.loginParameter())) {
            showNotice("Your session was ended by an administrator, who changed your account. "
                    + "Sign in again if you still have access.");
        } else if (params.containsKey(SessionEnd.BY_USER.loginParameter())) {
            showNotice("This session was ended from another of your sessions. Sign in again to continue.");
        } else if (params.containsKey("logout")) {
            showNotice("You have signed out.");
        }
    }

    /** Said plainly on the page itself: the README's demo credentials open accounts here. */
    private static Paragraph demoNotice() {
        Paragraph demo = new Paragraph("Demo accounts are active: the user names and password published in the "
                + "README (for example admin / " + DemoUsers.PASSWORD + ") sign in here. "
                + "Use this installation for a demo only, never for real patients.");
        demo.setId("demo-notice");
        // A box in the error colours, styled here so that the front-end bundle stays as it is.
        demo.getStyle().set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-m) var(--lumo-space-l) 0")
                .set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        demo.getElement().setAttribute("role", "alert");
        return demo;
    }

    /** The same words for every failed sign-in, whatever its cause. */
    private void showError() {
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(FAILED_TITLE);
        error.setMessage(failedMessage(security));
        form.setI18n(i18n);
        form.setError(true);
    }

    static final String FAILED_TITLE = "Could not sign you in";

    static String failedMessage(SecurityProperties security) {
        return "Check your user name and password and try again. After repeated failed attempts, signing in is"
                + " paused for up to " + minutes(security.lockoutDuration().toMinutes())
                + "; if it keeps failing, ask an administrator.";
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }


    private static String hours(java.time.Duration lifetime) {
        long minutes = lifetime.toMinutes();
        if (minutes % 60 != 0) {
            return minutes(minutes);
        }
        return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
    }

    private static String minutes(long minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
