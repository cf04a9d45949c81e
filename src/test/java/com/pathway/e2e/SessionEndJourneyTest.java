package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * An administrator deactivates a user who is signed in with a tab open: that session ends at once, and
 * its next action lands on the sign-in page saying why, with nothing of the application left on screen.
 */
class SessionEndJourneyTest extends BrowserJourney {

    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOutTheAdministrator() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDeactivatedUsersOpenSessionEndsOnItsNextAction() {
        String username = "ended-" + System.nanoTime() % 1_000_000;
        UserAccount user = accounts.save(new UserAccount(username, "Ended User", null, EnumSet.of(Role.CLINICIAN),
                encoder.encode(PASSWORD), Instant.now()));
        browser.signIn(username, PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        asAdministrator();
        users.deactivate(user.getId());

        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Profile']")).click();
        browser.waitForUrl("/login?ended");
        browser.waitForText(By.id("login-notice"), "ended by an administrator");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();

        browser.open("/profile");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        assertThat(browser.driver().findElements(By.id("profile-facts"))).isEmpty();
    }

    @Test
    void profileListsTheOpenSessionsAndEndingAnotherOneSendsThatBrowserToSignIn() throws Exception {
        String username = "two-" + System.nanoTime() % 1_000_000;
        accounts.save(new UserAccount(username, "Dana Whitfield", null, EnumSet.of(Role.INTAKE_COORDINATOR),
                encoder.encode(PASSWORD), Instant.now()));
        try (Browser other = new Browser(port)) {
            other.signIn(username, PASSWORD);
            other.waitFor(By.id("home-greeting"));
            browser.signIn(username, PASSWORD);
            browser.waitFor(By.id("home-greeting"));

            browser.open("/profile");
            browser.waitFor(By.id("sessions-grid"));
            browser.waitForText(By.id("sessions-grid"), "This session");
            assertThat(browser.driver().findElements(By.cssSelector("#sessions-grid vaadin-button.end-session")))
                    .hasSize(2);
            browser.settle();
            browser.screenshotTo(java.nio.file.Path.of("target", "screenshots"), "profile-sessions");

            browser.driver().findElements(By.cssSelector("#sessions-grid vaadin-button.end-session")).stream()
                    .filter(b -> b.getText().strip().equals("End")).findFirst().orElseThrow().click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "Session ended");

            other.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Profile']")).click();
            other.waitForUrl("/login?closed");
            other.waitForText(By.id("login-notice"), "another of your sessions");

            browser.open("/profile");
            browser.waitFor(By.id("sessions-grid"));
            assertThat(browser.driver().getCurrentUrl()).contains("/profile");
        }
    }

    private void asAdministrator() {
        UserDetails admin = tx.execute(s -> userDetails.loadUserByUsername("admin"));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }
}
