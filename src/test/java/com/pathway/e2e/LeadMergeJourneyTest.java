package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Nothing is lost by default: a coordinator merges a caller's new web inquiry into the older lead from
 * the new lead's page, and the confirmation lists the one value that changes; another coordinator's
 * save made while editing stays when the first saves theirs over it.
 */
class LeadMergeJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    private HttpResponse<String> api(String method, String path, String body, String ifMatch) throws Exception {
        return api(INTAKE_TOKEN, method, path, body, ifMatch);
    }

    private String create(String json) throws Exception {
        HttpResponse<String> created = api("POST", "/api/v1/leads", json, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
    }

    @Test
    void aNewInquiryMergedIntoTheOlderLeadWithTheDefaultsKeepsEverythingAfterAConfirmation() throws Exception {
        String last = "Abernathy" + UUID.randomUUID().toString().substring(0, 6);
        String phone = "(202) 555-" + (1000 + (int) (Math.random() * 8999));
        String older = create("""
                {"firstName": "Wren", "lastName": "%s", "phone": "%s", "dateOfBirth": "1979-08-23",
                 "source": "REFERRAL", "conditionOfInterest": "PTSD", "payer": "Aetna", "coordinator": "intake",
                 "phoneConsent": {"at": "2026-01-05T10:00:00Z", "source": "phone call"},
                 "smsConsent": {"at": "2026-01-05T10:00:00Z", "source": "phone call"},
                 "emailConsent": {"at": "2026-01-05T10:00:00Z", "source": "e-mail"},
                 "privacyNotice": {"at": "2026-01-05T10:00:00Z", "source": "paper form"},
                 "message": "Called about a consultation for her son."}""".formatted(last, phone));
        String newer = create("""
                {"firstName": "Wren", "lastName": "%s", "phone": "%s", "email": "wren.new@example.org",
                 "source": "WEB_FORM"}""".formatted(last, phone));

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + newer + "/merge?with=" + older);
        browser.waitFor(By.id("merge-survivor"));
        assertThat(browser.driver().findElement(By.cssSelector("#merge-survivor vaadin-radio-button[checked]"))
                .getText()).contains("Keep " + older);
        browser.settle();
        browser.screenshot("lead-merge");

        WebElement merge = browser.driver().findElement(By.id("merge-confirm"));
        scrollTo(merge);
        merge.click();
        browser.waitForText(By.id("merge-changes"), "E-mail: (empty) → wren.new@example.org");
        assertThat(browser.driver().findElement(By.id("merge-changes")).getText().lines().toList())
                .containsExactly("E-mail: (empty) → wren.new@example.org");
        browser.screenshot("lead-merge-confirm");
        browser.driver().findElement(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"))
                .click();

        browser.waitForUrl("/leads/" + older);
        browser.waitForText(By.id("lead-title"), older);
        HttpResponse<String> kept = api("GET", "/api/v1/leads/" + older, null, null);
        assertThat(kept.body()).contains("\"dateOfBirth\":\"1979-08-23\"", "\"payer\":\"Aetna\"",
                "\"email\":\"wren.new@example.org\"", "\"source\":\"paper form\"", "Called about a consultation");
        assertThat(browser.driver().findElements(By.linkText("Merge…"))).isEmpty();
    }

    @Test
    void savingMineOverAnotherSaveKeepsTheirPayerAndTheBannerSaysWhoChangedWhat() throws Exception {
        String key = create("""
                {"firstName": "Harper", "lastName": "Vance%s", "phone": "(202) 555-%d", "source": "PHONE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), 1000 + (int) (Math.random() * 8999)));

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitFor(By.id("edit-lead")).click();
        var preferred = browser.waitFor(By.cssSelector("#lead-preferredName input"));
        preferred.sendKeys("Harry");
        preferred.sendKeys(Keys.TAB);
        HttpResponse<String> theirs = api("PATCH", "/api/v1/leads/" + key, "{\"payer\": \"Cigna\"}",
                api("GET", "/api/v1/leads/" + key, null, null).headers().firstValue("ETag").orElseThrow());
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);

        WebElement save = browser.driver().findElement(By.id("save-lead"));
        scrollTo(save);
        save.click();
        browser.waitForText(By.id("edit-conflict-fields"), "Payer: they changed (empty) → Cigna.");
        assertThat(browser.driver().findElement(By.id("edit-conflict-fields")).getText())
                .contains("Preferred name: you changed (empty) → Harry.");
        scrollTo(browser.driver().findElement(By.id("edit-conflict")));
        browser.screenshot("lead-edit-conflict");
        browser.driver().findElement(By.id("conflict-save-mine")).click();

        browser.waitFor(By.id("edit-lead"));
        scrollTo(browser.driver().findElement(By.id("lead-facts")));
        browser.waitForText(By.id("lead-facts"), "Harry");
        assertThat(api("GET", "/api/v1/leads/" + key, null, null).body()).contains("\"payer\":\"Cigna\"",
                "\"preferredName\":\"Harry\"");
    }
}
