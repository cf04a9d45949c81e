package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A clinician on a lead in screening: approving is refused and says the signed screening is missing; they
 * answer the clinic's checklist and sign it; record a PHQ-9 whose item 9 is above 0 and see the flag on the
 * lead; then approve for treatment.
 */
class ClinicianWorkspaceJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";
    private static final String CLINICIAN_TOKEN = "clinician:pwt_demo_clinician_000000000000004";

    private void transition(String token, String key, String name) throws Exception {
        HttpResponse<String> done = api(token, "POST", "/api/v1/items/" + key + "/transitions",
                "{\"transition\": \"" + name + "\"}", null);
        assertThat(done.statusCode()).as(name + ": " + done.body()).isEqualTo(204);
    }

    /** Clicks the element as a person would, once it is scrolled to the middle of the window. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    @Test
    void aClinicianSignsTheScreeningRecordsAFlaggedPhq9AndApprovesForTreatment() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Noa", "lastName": "Lindqvist%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "clinician": "clinician"}""".formatted(suffix, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        transition(INTAKE_TOKEN, key, "Contact");
        transition(INTAKE_TOKEN, key, "Schedule consultation");
        transition(INTAKE_TOKEN, key, "Consultation held");
        transition(CLINICIAN_TOKEN, key, "Start screening");
        HttpResponse<String> consent = api(CLINICIAN_TOKEN, "PUT", "/api/v1/leads/" + key + "/treatment-consent",
                "{\"signedAt\": \"2026-02-01T09:30:00Z\", \"method\": \"Written, in person\"}", null);
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        click(browser.waitFor(By.id("transition-approve-for-treatment")));
        browser.waitForText(By.id("transition-refusal"), "needs a signed screening");
        assertThat(browser.driver().findElement(By.id("transition-refusal")).getText())
                .doesNotContain("treatment consent");
        browser.settle();
        browser.screenshot("clinician-approval-refused");

        List<WebElement> questions = browser.driver().findElements(By.cssSelector("#screening-questions vaadin-radio-group"));
        assertThat(questions).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement question : questions) {
            click(question.findElement(By.cssSelector("vaadin-radio-button:nth-of-type(2) label")));
        }
        click(browser.driver().findElement(By.id("screening-sign")));
        browser.waitForText(By.id("screening-state"), "Signed");
        browser.waitForText(By.id("screening-signed"), "signed by");
        browser.settle();
        scrollTo("lead-screening");
        browser.screenshot("clinician-screening-signed");

        click(browser.driver().findElement(By.id("record-phq9")));
        browser.waitFor(By.id("measure-dialog"));
        for (int item = 1; item <= 9; item++) {
            int choice = item == 9 ? 2 : item <= 4 ? 2 : 1;
            click(browser.driver().findElement(By.cssSelector("#measure-item-" + item
                    + " vaadin-radio-button:nth-of-type(" + choice + ") label")));
        }
        browser.waitForText(By.id("measure-total"), "Total so far 5 of 27 (9 of 9 answered)");
        browser.settle();
        browser.screenshot("clinician-phq9-entry");
        click(browser.driver().findElement(By.id("measure-save")));
        browser.waitForText(By.id("outcome-flag"), "item 9 was answered above 0");
        browser.waitForText(By.id("outcome-phq9"), "5 of 27, Mild");
        assertThat(browser.driver().findElement(By.id("outcome-flag")).getDomProperty("textContent")).contains("review was requested");
        browser.settle();
        browser.screenshot("clinician-outcome-flag");

        click(browser.driver().findElement(By.id("transition-approve-for-treatment")));
        browser.waitForText(By.id("lead-status"), "Treatment scheduled");
        assertThat(browser.driver().findElements(By.id("transition-refusal"))).allMatch(e -> !e.isDisplayed()
                || e.getText().isBlank());
        browser.settle();
        browser.screenshot("clinician-approved");
    }
}
