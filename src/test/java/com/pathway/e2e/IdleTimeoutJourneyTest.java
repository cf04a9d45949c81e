package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * A user who stays idle past the session timeout is signed out and told why on the sign-in page, even
 * while the tab stays open and Vaadin's heartbeats keep reaching the server (here every second).
 */
@TestPropertySource(properties = {"pathway.security.session-timeout=4s", "vaadin.heartbeatInterval=1"})
class IdleTimeoutJourneyTest extends BrowserJourney {

    @Test
    void anIdleUserIsSignedOutAndToldWhy() throws Exception {
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        Thread.sleep(6_000);
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Profile']")).click();

        browser.waitForUrl("/login?timeout");
        browser.waitForText(By.id("login-notice"), "without activity");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void anOpenTabSendingHeartbeatsDoesNotKeepAnIdleSessionSignedIn() throws Exception {
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        // The tab stays open: heartbeats flow every second, but nobody acts for longer than the timeout.
        Thread.sleep(7_000);
        browser.open("/leads");

        browser.waitForUrl("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("leads-grid");
    }

    @Test
    void aUserWhoKeepsActingStaysSignedInPastTheTimeout() throws Exception {
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        for (int i = 0; i < 4; i++) {
            Thread.sleep(2_000);
            String target = i % 2 == 0 ? "Profile" : "Home";
            browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + target + "']"))
                    .click();
        }

        browser.waitFor(By.id("main-nav"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
    }
}
