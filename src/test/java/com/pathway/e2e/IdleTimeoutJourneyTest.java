package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/** A user who stays idle past the session timeout is signed out and told why on the sign-in page. */
@TestPropertySource(properties = "pathway.security.session-timeout=3s")
class IdleTimeoutJourneyTest extends BrowserJourney {

    @Test
    void anIdleUserIsSignedOutAndToldWhy() throws Exception {
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        Thread.sleep(5_000);
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Profile']")).click();

        browser.waitForUrl("/login?timeout");
        browser.waitForText(By.id("login-notice"), "without activity");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
    }
}
