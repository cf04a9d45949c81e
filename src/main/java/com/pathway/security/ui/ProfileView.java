package com.pathway.security.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.pathway.security.ApiTokenService;
import com.pathway.security.MyAccount;
import com.pathway.security.Role;
import com.pathway.security.SessionService;
import com.pathway.security.TwoFactorService;
import com.pathway.security.TwoFactorStatus;
import com.pathway.security.UserService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in user's own account: what it is, a new password, open sessions and personal API tokens. */
@Route("profile")
@PageTitle("Profile · Pathway")
@Menu(order = 90, icon = "vaadin:user", title = "Profile")
@PermitAll
public class ProfileView extends VerticalLayout {

    private final UserService users;
    private final TwoFactorService twoFactor;
    private final ClinicTime time;
    private final VerticalLayout twoFactorSection = new VerticalLayout();
    private final Div facts = new Div();

    public ProfileView(UserService users, ApiTokenService tokens, SessionService sessions, TwoFactorService twoFactor,
            ClinicTime time, AuthenticationContext authentication, java.time.Clock clock) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.time = time;
        addClassName("pathway-page");

        H2 title = new H2("Your profile");
        facts.addClassName("pathway-facts");
        facts.setId("profile-facts");
        showAccount();
        twoFactorSection.setId("two-factor-section");
        twoFactorSection.setPadding(false);
        showTwoFactor();

        add(title, new H3("Account"), facts, new H3("Open sessions"),
                new SessionsPanel(sessions, time, authentication::logout),
                new H3("Change your password"), passwordForm(),
                new H3("Two-factor sign-in"), twoFactorSection,
                new H3("E-mail"), emailSettings(),
                new H3("Personal API tokens"), apiReference(), new ApiTokensPanel(tokens, time, clock));
    }

    private void showAccount() {
        MyAccount me = users.myAccount();
        facts.removeAll();
        facts.add(fact("Name", me.displayName()), fact("User name", me.username()),
                fact("E-mail", me.email() == null ? "None" : me.email()),
                fact("Roles", me.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))),
                fact("This sign-in", time.format(me.lastLoginAt(), "Unknown")),
                fact("Previous sign-in", time.format(me.previousLoginAt(), "None before this one")),
                fact("Password last changed", time.format(me.passwordChangedAt(), "Never")));
    }

    private void showTwoFactor() {
        TwoFactorStatus status = twoFactor.status();
        twoFactorSection.removeAll();
        Paragraph state = new Paragraph(status.enabled()
                ? "On since " + time.format(status.enabledAt(), "") + ": after your password, Pathway asks for a code"
                        + " from your authenticator app. Recovery codes left: " + status.recoveryCodesLeft() + "."
                : "Off: your password alone signs you in." + (status.required()
                        ? " Your role requires it; you will be asked to set it up at your next sign-in." : ""));
        state.setId("two-factor-state");
        Button setUp = new Button(status.enabled() ? "Set up again (new phone or new recovery codes)" : "Set up",
                e -> {
                    twoFactorSection.removeAll();
                    twoFactorSection.add(new TwoFactorSetup(twoFactor, this::showTwoFactor));
                });
        setUp.setId("two-factor-set-up");
        HorizontalLayout buttons = new HorizontalLayout(setUp);
        if (status.enabled() && !status.required()) {
            Button off = new Button("Turn off", e -> confirmTurnOff());
            off.setId("two-factor-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(off);
        }
        twoFactorSection.add(state, buttons);
    }

    private void confirmTurnOff() {
        ConfirmDialog dialog = new ConfirmDialog("Turn off two-factor sign-in?",
                "Your password alone will sign you in, and your recovery codes stop working.", "Turn off", e -> {
                    try {
                        twoFactor.turnOff();
                    } catch (InvalidInputException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    showTwoFactor();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private VerticalLayout passwordForm() {
        PasswordChangeForm form = new PasswordChangeForm(users, "Change password", 3, () -> {
            showAccount();
            Notifications.success("Your password has been changed. Use the new one from your next sign-in.");
        });
        form.addClassName("pathway-card");
        return form;
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("pathway-fact-label");
        Span v = new Span(value);
        v.addClassName("pathway-fact-value");
        Div fact = new Div(l, v);
        fact.addClassName("pathway-fact");
        return fact;
    }

    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("pathway-hint");
        return p;
    }

    /** The e-mails one receives are chosen on their own page (the mail module's), linked by its path. */
    private static Paragraph emailSettings() {
        Anchor link = new Anchor("profile/email", "Choose which e-mails you receive");
        link.setId("email-settings-link");
        Paragraph text = new Paragraph(new Text("Pathway can e-mail you a morning digest of your work, a notice "
                + "before a task is due and a copy of mentions. "), link, new Text("."));
        text.addClassName("pathway-hint");
        return text;
    }

    /** Where the tokens are used: the REST API's reference (OpenAPI, Swagger UI), in a new tab. */
    private static Paragraph apiReference() {
        Anchor link = new Anchor("/swagger-ui/index.html", "API reference");
        link.setId("api-reference-link");
        link.setTarget(AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        Paragraph text = new Paragraph(new Text("A token signs in to Pathway's REST API; the "), link,
                new Text(" describes every operation and lets you try them."));
        text.addClassName("pathway-hint");
        return text;
    }
}
