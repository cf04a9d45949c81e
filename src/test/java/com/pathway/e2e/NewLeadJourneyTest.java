package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A coordinator takes a phone call: the New lead form warns that the caller's phone number belongs
 * to an existing lead and opens it; a new caller becomes a lead whose page opens. A clinician sees
 * a lead in a clinical stage without edit controls.
 */
class NewLeadJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    private HttpResponse<String> api(String method, String path, String body, String ifMatch) throws Exception {
        return api(INTAKE_TOKEN, method, path, body, ifMatch);
    }

    private String existingLead(String lastName, String phone) throws Exception {
        HttpResponse<String> created = api("POST", "/api/v1/leads", """
                {"firstName": "Dana", "lastName": "%s", "phone": "%s", "dateOfBirth": "1979-03-02",
                 "source": "PHONE", "conditionOfInterest": "PTSD"}""".formatted(lastName, phone), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private void type(String id, String text) {
        var input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** The button is below the fold of the long form: scrolled to the middle, it is clear of the header. */
    private void create() {
        var button = browser.driver().findElement(By.id("create-lead"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    @Test
    void theNewLeadFormWarnsOfADuplicateAndCreatesANewLead() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String phone = "(202) 555-" + (1000 + (int) (Math.random() * 8999));
        String existing = existingLead("Whitlock" + suffix, phone);

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads");
        browser.waitFor(By.id("new-lead")).click();
        browser.waitForUrl("/leads/new");
        type("lead-firstName", "Dana");
        type("lead-lastName", "Whitlock" + suffix);
        type("lead-phone", phone);
        browser.waitForText(By.id("duplicate-warning"), existing);
        assertThat(browser.driver().findElement(By.id("duplicate-warning")).getText()).contains("same phone");
        browser.settle();
        browser.screenshot("new-lead");

        browser.driver().findElement(By.linkText("Open " + existing)).click();
        browser.waitForUrl("/leads/" + existing);
        browser.waitForText(By.id("lead-title"), existing);

        browser.open("/leads/new");
        type("lead-firstName", "Elliot");
        type("lead-lastName", "Marsh" + suffix);
        type("lead-phone", "(202) 555-0" + (100 + (int) (Math.random() * 899)));
        create();
        browser.waitForText(By.id("lead-title"), "Elliot Marsh" + suffix);
        browser.waitForText(By.id("lead-status"), "New inquiry");
    }

    @Test
    void aClinicianSeesALeadInAClinicalStageWithoutEditControls() throws Exception {
        String key = existingLead("Castellano" + UUID.randomUUID().toString().substring(0, 6),
                "(202) 555-" + (1000 + (int) (Math.random() * 8999)));
        for (String transition : new String[] {"Contact", "Schedule consultation", "Consultation held"}) {
            HttpResponse<String> moved = api("POST", "/api/v1/items/" + key + "/transitions",
                    "{\"transition\": \"" + transition + "\"}", null);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        }

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitForText(By.id("lead-status"), "Consultation done");
        browser.waitFor(By.id("transition-start-screening"));
        assertThat(browser.driver().findElements(By.id("edit-lead"))).isEmpty();
        assertThat(browser.driver().findElements(By.linkText("Merge…"))).isEmpty();
        browser.settle();
        browser.screenshot("lead-page-clinician");
    }
}
