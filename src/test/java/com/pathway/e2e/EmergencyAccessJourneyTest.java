package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinician opens a lead outside their scope: the page says it cannot be shown and offers emergency
 * access, which asks for a reason and then opens the lead read-only with a note until when; the administrator sees
 * it at once on the audit trail (with the chain's banner) and reviews it.
 */
class EmergencyAccessJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    @Test
    void aClinicianBreaksTheGlassWithAReasonAndTheAdministratorReviewsIt() throws Exception {
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Marisol", "lastName": "Vega%s", "phone": "(202) 555-%d", "source": "PHONE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitFor(By.id("lead-missing"));
        click("emergency-access");
        browser.waitFor(By.id("emergency-reason"));
        click("emergency-open");
        browser.waitForText(By.cssSelector("#emergency-reason [slot=error-message]"), "Say why you must open this lead now");
        browser.waitFor(By.cssSelector("#emergency-reason textarea"))
                .sendKeys("Covering Dr. Lee: the patient called the clinic in distress");
        browser.screenshot("emergency-access-dialog");
        click("emergency-open");

        browser.waitForText(By.id("lead-title"), key);
        browser.waitForText(By.id("emergency-banner"), "Emergency access until");
        assertThat(browser.driver().findElement(By.id("emergency-banner")).getText()).contains("called the clinic")
                .contains("you may read this lead, not change it");
        // Emergency access reads, never changes: no transition is offered and adding a note is switched off.
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-button[id^=transition-]")))
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
        assertThat(browser.waitFor(By.id("note-add")).getDomAttribute("disabled")).isNotNull();
        browser.screenshot("emergency-access-lead");

        click("sign-out");
        browser.waitForUrl("/login");
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/admin/audit");
        browser.waitForText(By.id("emergency-notice"), "Emergency access: ");
        browser.waitForText(By.id("audit-chain"), "The audit trail is intact");
        browser.screenshot("audit-trail-chain-and-emergency");
        click("emergency-review");
        browser.waitFor(By.id("emergency-grid"));
        browser.waitForText(By.id("emergency-grid"), "called the clinic in distress");
        browser.screenshot("emergency-access-review");
    }

    private void click(String id) {
        var button = browser.waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }
}
