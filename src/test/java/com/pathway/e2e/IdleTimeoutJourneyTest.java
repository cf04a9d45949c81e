package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A user who stays idle past the session timeout is signed out and told why on the sign-in page, even
 * while the tab stays open and Vaadin's heartbeats keep reaching the server (here every second). The
 * timeout is the one {@link BoardLiveSessionJourneyTest} uses, so both share one application; it leaves
 * a user who acts every two seconds six seconds of slack for a slow round trip on a loaded machine.
 */
@TestPropertySource(properties = {"pathway.security.session-timeout=8s", "vaadin.heartbeatInterval=1"})
class IdleTimeoutJourneyTest extends BrowserJourney {

    @Test
    void anIdleUserIsSignedOutAndToldWhy() throws Exception {
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        Thread.sleep(10_000);
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
        // Just past the timeout: heartbeats touched the HTTP session within the last second, so the
        // container alone would keep it; the idle rule must not.
        Thread.sleep(9_000);
        browser.open("/leads");

        // Wait for whichever page comes first: the application's (the leak) or the sign-in form. Vaadin
        // would close an idle lead list again a few seconds later, so waiting only for the sign-in page
        // could not fail.
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d ->
                !d.findElements(By.id("main-nav")).isEmpty() || !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
        assertThat(browser.driver().findElements(By.id("main-nav"))).as("no application page").isEmpty();
        // "/login?timeout" when this page load ended the session; plain "/login" when a heartbeat ended it
        // first and Vaadin already showed the tab the timeout notice.
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-login-form"))).hasSize(1);
    }

    @Test
    void aUserWhoKeepsActingStaysSignedInPastTheTimeout() throws Exception {
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        // Six actions two seconds apart: twelve seconds in all, well past the eight-second timeout.
        for (int i = 0; i < 6; i++) {
            Thread.sleep(2_000);
            String target = i % 2 == 0 ? "Profile" : "Home";
            browser.waitFor(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + target + "']")).click();
        }

        browser.waitFor(By.id("main-nav"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
    }
}
