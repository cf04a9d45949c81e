package com.pathway.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.WebAttributes;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.pathway.security.DemoAccounts;
import com.pathway.security.SecurityProperties;
import com.pathway.shared.ClinicProperties;
import com.pathway.support.ClientFunctions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;

/** The sign-in page says in plain words why a sign-in failed or why the user is back on it. */
class LoginViewTest {

    private LoginView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        ClientFunctions.start();
        view = newView(false);
    }

    private static LoginView newView(boolean demoCredentialsExist) {
        DemoAccounts demo = mock(DemoAccounts.class);
        when(demo.credentialsExist()).thenReturn(demoCredentialsExist);
        return new LoginView(new ClinicProperties("Test Clinic", ZoneId.of("UTC")),
                new SecurityProperties(Duration.ofMinutes(15), Duration.ofHours(12), 5, Duration.ofMinutes(15), null, false), demo);
    }

    @Test
    void saysPlainlyWhenTheReadmesDemoCredentialsSignInHere() {
        LoginView demo = newView(true);

        assertThat(texts(demo)).anySatisfy(text -> assertThat(text)
                .startsWith("Demo accounts are active")
                .contains("never for real patients"));
    }

    @Test
    void showsNoDemoNoticeWhenNoDemoCredentialsExist() {
        assertThat(texts(view)).noneMatch(text -> text.contains("Demo accounts"));
        assertThat(view.getChildren().flatMap(Component::getChildren)
                .filter(c -> c.getId().filter("demo-notice"::equals).isPresent())).isEmpty();
    }

    private static List<String> texts(LoginView login) {
        return login.getChildren().flatMap(Component::getChildren)
                .filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()).toList();
    }

    @AfterEach
    void tearDown() {
        try {
            ClientFunctions.check();
        } finally {
            MockVaadin.tearDown();
        }
    }

    /**
     * A wrong password, an unknown user, a locked account and an address refused for failing too often all read
     * the same, so that the page tells no stranger whether an account exists or is locked.
     */
    @Test
    void everyFailedSignInGetsTheSameWords() {
        List<String> shown = new java.util.ArrayList<>();
        for (Exception failure : List.of(new BadCredentialsException("Bad credentials"),
                new UsernameNotFoundException("no such user"), new LockedException("User account is locked"),
                new AuthenticationServiceException("Too many failed sign-ins from this address"))) {
            view = newView(false);
            lastFailure(failure);

            enter("error");

            assertThat(form().isError()).isTrue();
            shown.add(i18n());
        }

        assertThat(shown).containsOnly(shown.getFirst());
        assertThat(shown.getFirst()).contains("Could not sign you in")
                .contains("Check your user name and password and try again.")
                .contains("paused for up to 15 minutes")
                .doesNotContain("locked");
    }

    @Test
    void explainsTheEndOfTheLifetimeAndASessionEndedByAnAdministratorOrFromAnotherSession() {
        enter("lifetime");
        assertThat(notice().getText()).isEqualTo(
                "You were signed in for 12 hours, the longest a sign-in lasts. Sign in again to continue.");

        enter("ended");
        assertThat(notice().getText()).startsWith("Your session was ended by an administrator");

        enter("closed");
        assertThat(notice().getText()).isEqualTo(
                "This session was ended from another of your sessions. Sign in again to continue.");
        assertThat(notice().isVisible()).isTrue();
    }

    @Test
    void explainsAnIdleTimeoutAndASignOut() {
        enter("timeout");
        assertThat(notice().getText()).isEqualTo(
                "You were signed out after 15 minutes without activity. Sign in again to continue.");
        assertThat(notice().isVisible()).isTrue();

        enter("logout");
        assertThat(notice().getText()).isEqualTo("You have signed out.");
        assertThat(form().isError()).isFalse();
    }

    private void lastFailure(Exception failure) {
        VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(true)
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private void enter(String parameter) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("login",
                new QueryParameters(Map.of(parameter, List.of("")))));
        view.beforeEnter(event);
    }

    private LoginForm form() {
        return find(view, LoginForm.class);
    }

    private Paragraph notice() {
        return (Paragraph) view.getChildren().flatMap(Component::getChildren)
                .filter(c -> "login-notice".equals(c.getId().orElse(null))).findFirst().orElseThrow();
    }

    private String i18n() {
        return String.valueOf(form().getElement().getPropertyRaw("i18n"));
    }

    private static <T extends Component> T find(Component root, Class<T> type) {
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        return root.getChildren().map(c -> find(c, type)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
