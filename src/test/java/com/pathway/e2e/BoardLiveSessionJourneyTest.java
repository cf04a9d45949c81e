package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Live updates do not weaken the session rules: an idle board keeps receiving other people's moves by
 * server push, yet the pushes do not count as activity, and the viewer's next action (an ordinary
 * request under WEBSOCKET_XHR, through the security filters) finds the session ended for idleness.
 */
@TestPropertySource(properties = {"pathway.security.session-timeout=8s", "vaadin.heartbeatInterval=1"})
class BoardLiveSessionJourneyTest extends BrowserJourney {

    private static final String MANAGER_TOKEN = "manager:pwt_demo_manager_00000000000000002";

    private final String family = "Livo" + Long.toString(System.nanoTime() % 1_000_000_000L).chars()
            .mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).collect(java.util.stream.Collectors.joining());

    private String lead(String first) throws Exception {
        HttpResponse<String> created = api(BoardJourneyTest.INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "%s", "lastName": "%s", "phone": "(202) 555-%d", "source": "PHONE"}"""
                .formatted(first, family, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    @Test
    void pushedMovesDoNotKeepAnIdleBoardSignedIn() throws Exception {
        String first = lead("Ines");
        String second = lead("Oren");
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/board?q=" + family);
        browser.waitFor(By.cssSelector("#cell-0 #card-" + second));

        // Nobody touches the board; a manager moves both leads meanwhile, and the board shows it.
        Thread.sleep(3_000);
        move(first);
        Browser.waiting(browser.driver(), Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#card-" + first)).getAttribute("aria-label").contains("Contacted"));
        Thread.sleep(3_000);
        move(second);
        Thread.sleep(3_500);

        // A heartbeat may have found the session ended first and taken the tab to the sign-in page;
        // otherwise the viewer's click is the request that finds it ended.
        browser.driver().findElements(By.id("filter-overdue")).forEach(org.openqa.selenium.WebElement::click);

        browser.waitForUrl("/login");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
    }

    private void move(String key) throws Exception {
        HttpResponse<String> done = api(MANAGER_TOKEN, "POST", "/api/v1/items/" + key + "/transitions",
                "{\"transition\": \"Contact\"}", null);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }
}
