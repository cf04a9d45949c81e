package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import com.pathway.support.WebhookReceiver;

/**
 * An administrator registers a webhook for a receiver on this machine, keeps its secret, sends a test
 * and sees it delivered in the log.
 */
@TestPropertySource(properties = {"pathway.webhooks.dispatch=true", "pathway.webhooks.poll-interval=1s"})
class WebhookJourneyTest extends BrowserJourney {

    private final WebhookReceiver receiver;

    WebhookJourneyTest() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anAdministratorRegistersAWebhookAndSeesATestDelivered() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Webhooks']")).click();

        browser.waitFor(By.id("register-webhook")).click();
        browser.waitFor(By.cssSelector("#webhook-name input")).sendKeys("Reporting warehouse");
        browser.driver().findElement(By.cssSelector("#webhook-url input")).sendKeys(receiver.url());
        browser.driver().findElement(By.xpath(
                "//vaadin-checkbox[contains(normalize-space(.), 'item.transitioned')]")).click();
        browser.driver().findElement(By.id("save-webhook")).click();

        WebElement secret = browser.waitFor(By.cssSelector("#webhook-secret input"));
        assertThat(secret.getDomProperty("value")).startsWith("whsec_");
        browser.driver().findElement(By.id("secret-stored")).click();

        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Reporting warehouse']")).click();
        browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Send test']")).click();

        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> !receiver.received().isEmpty());
        assertThat(receiver.received().peek().event()).isEqualTo("ping");
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> {
            d.findElement(By.id("refresh-deliveries")).click();
            return !d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Delivered']")).isEmpty();
        });
        browser.screenshot("webhooks");
    }
}
