package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A user who stays idle past the session timeout is signed out and told why on the sign-in page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pathway.security.session-timeout=3s")
@ActiveProfiles({"test", "demo"})
class IdleTimeoutJourneyTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void anIdleUserIsSignedOutAndToldWhy() throws Exception {
        browser.signIn("intake", SignInJourneyTest.PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        Thread.sleep(5_000);
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Profile']")).click();

        browser.waitForUrl("/login?timeout");
        browser.waitForText(By.id("login-notice"), "without activity");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
    }
}
