package com.pathway.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pathway.security.ApiTokenService;
import com.pathway.security.ApiTokenSummary;
import com.pathway.security.NewUser;
import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Each test works as a fresh user of its own, so password and token changes never leak between tests. */
class ProfileViewTest extends ViewTest {

    static final String PASSWORD = "Initial-secret-phrase-1";

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    String username;

    @BeforeEach
    void createOwnUser() {
        signInAs("admin");
        username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(new NewUser(username, "Pat Profile", "pat@clinic.example", Set.of(Role.CLINICIAN),
                PASSWORD));
        signOut();
    }

    @Test
    void showsTheAccount() {
        open(username, "profile");

        String facts = _get(Div.class, spec -> spec.withId("profile-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Pat Profile", username, "pat@clinic.example", "Clinician",
                "None before this one");
    }

    @Test
    void listsTheOpenSessionsOfThisServer() {
        open(username, "profile");

        Grid<?> sessions = _get(Grid.class, spec -> spec.withId("sessions-grid"));
        assertThat(GridKt._size(sessions)).as("no browser session exists in a browserless test").isZero();
    }

    @Test
    void changesThePassword() {
        open(username, "profile");

        password("current-password").setValue(PASSWORD);
        password("new-password").setValue("A-much-better-phrase-2");
        password("repeat-password").setValue("A-much-better-phrase-2");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(notifications()).anyMatch(n -> n.startsWith("Your password has been changed."));
        assertThat(password("current-password").getValue()).isEmpty();
        assertThat(passwordEncoder.matches("A-much-better-phrase-2",
                userDetails.loadUserByUsername(username).getPassword())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsShownOnItsField() {
        open(username, "profile");

        password("current-password").setValue("not-my-password");
        password("new-password").setValue("A-much-better-phrase-2");
        password("repeat-password").setValue("A-much-better-phrase-2");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(password("current-password").isInvalid()).isTrue();
        assertThat(password("current-password").getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(password("new-password").isInvalid()).isFalse();
        assertThat(password("new-password").getValue()).isEqualTo("A-much-better-phrase-2");
        assertThat(passwordEncoder.matches(PASSWORD, userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @Test
    void aWeakNewPasswordIsShownOnItsField() {
        open(username, "profile");

        password("current-password").setValue(PASSWORD);
        password("new-password").setValue("short");
        password("repeat-password").setValue("short");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(password("new-password").isInvalid()).isTrue();
        assertThat(password("new-password").getErrorMessage()).contains("at least 12 characters");
        assertThat(password("current-password").isInvalid()).isFalse();
        assertThat(password("current-password").getValue()).isEqualTo(PASSWORD);
    }

    @Test
    void differentRepeatedPasswordsAreShownOnTheRepeatField() {
        open(username, "profile");

        password("current-password").setValue(PASSWORD);
        password("new-password").setValue("A-much-better-phrase-2");
        password("repeat-password").setValue("A-much-better-phrase-3");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(password("repeat-password").isInvalid()).isTrue();
        assertThat(password("repeat-password").getErrorMessage()).contains("differ");
        assertThat(passwordEncoder.matches(PASSWORD, userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @Test
    void aNewTokenIsShownOnceAndListed() {
        open(username, "profile");
        assertThat(GridKt._size(tokenGrid())).isZero();

        _get(TextField.class, spec -> spec.withId("token-name")).setValue("Nightly export");
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("token-created-dialog"));
        String value = _get(Div.class, spec -> spec.withId("token-value")).getElement().getTextRecursively();
        assertThat(value).isNotBlank();
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-warning")).getText())
                .contains("only time it is shown", "won't see it again");
        assertThat(GridKt._size(tokenGrid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(tokenGrid(), 0)).contains("Nightly export", "Never", "Active");
        assertThat(String.join(" ", GridKt._getFormattedRow(tokenGrid(), 0))).doesNotContain(value);
        // copying goes through the browser's clipboard, by a function the pages' policy lets the client build
        _click(_get(Button.class, spec -> spec.withId("copy-token")));

        _click(_get(Button.class, spec -> spec.withId("token-done")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("token-value"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("token-name")).getValue()).isEmpty();
    }

    @Test
    void aTokenWithoutANameIsRefusedOnTheField() {
        open(username, "profile");

        _click(_get(Button.class, spec -> spec.withId("create-token")));

        TextField name = _get(TextField.class, spec -> spec.withId("token-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Name the token");
        assertThat(_find(Dialog.class, spec -> spec.withId("token-created-dialog"))).isEmpty();
        assertThat(GridKt._size(tokenGrid())).isZero();
    }

    @Test
    void revokesATokenAfterConfirmation() {
        open(username, "profile");
        long id = tokens.create("Old script").token().id();
        tokenGrid().getDataProvider().refreshAll();

        _click(_get(GridKt._getCellComponent(tokenGrid(), 0, "actions"), Button.class,
                spec -> spec.withId("revoke-token-" + id)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-revoke")));

        assertThat(tokens.myTokens()).singleElement().extracting(ApiTokenSummary::active).isEqualTo(false);
        assertThat(GridKt._getFormatted(tokenGrid(), 0, "status")).startsWith("Revoked ");
        assertThat(notifications()).contains("Token \u201cOld script\u201d revoked.");
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiTokenSummary> tokenGrid() {
        return _get(Grid.class, spec -> spec.withId("tokens-grid"));
    }

    @Test
    void setsUpTwoFactorSignInWithACodeAndShowsTheRecoveryCodesOnce() {
        open(username, "profile");
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-state")).getText()).startsWith("Off");

        _click(_get(Button.class, spec -> spec.withId("two-factor-set-up")));
        String secret = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("two-factor-key")).getText()
                .replace(" ", "");
        _get(TextField.class, spec -> spec.withId("two-factor-setup-code")).setValue("000000");
        _click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("two-factor-setup-code")).getErrorMessage())
                .startsWith("That code does not match.");

        long step = com.pathway.security.internal.Totp.step(java.time.Instant.now());
        _get(TextField.class, spec -> spec.withId("two-factor-setup-code"))
                .setValue(com.pathway.security.internal.Totp.code(secret, step));
        _click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class,
                spec -> spec.withId("two-factor-recovery-codes")).getChildren()).hasSize(10);

        _click(_get(Button.class, spec -> spec.withId("two-factor-codes-saved")));
        assertThat(_find(com.vaadin.flow.component.html.OrderedList.class,
                spec -> spec.withId("two-factor-recovery-codes"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-state")).getText())
                .startsWith("On since").contains("Recovery codes left: 10");
    }
}
