package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A clinician approves a lead for treatment before its screening is recorded: the refusal is said under
 * the button, names what is missing and where to record it, and the clinician records it on the same page.
 */
class TransitionRefusalJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";
    private static final String CLINICIAN_TOKEN = "clinician:pwt_demo_clinician_000000000000004";

    private void transition(String token, String key, String name) throws Exception {
        HttpResponse<String> done = api(token, "POST", "/api/v1/items/" + key + "/transitions",
                "{\"transition\": \"" + name + "\"}", null);
        assertThat(done.statusCode()).as(name + ": " + done.body()).isEqualTo(204);
    }

    @Test
    void aRefusedApprovalIsExplainedUnderItsButtonAndTheClinicianRecordsWhatIsMissing() throws Exception {
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Soren", "lastName": "Achebe%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "clinician": "clinician"}""".formatted(UUID.randomUUID().toString().substring(0, 6),
                1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        transition(INTAKE_TOKEN, key, "Contact");
        transition(INTAKE_TOKEN, key, "Schedule consultation");
        transition(INTAKE_TOKEN, key, "Consultation held");
        transition(CLINICIAN_TOKEN, key, "Start screening");

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitFor(By.id("transition-approve-for-treatment")).click();

        browser.waitForText(By.id("transition-refusal"), "needs a signed screening");
        WebElement refusal = browser.driver().findElement(By.id("transition-refusal"));
        assertThat(refusal.getAttribute("role")).isEqualTo("alert");
        assertThat(refusal.getText()).contains("\u201CApprove for treatment\u201D was not done.",
                "fills in the screening checklist under Screening on the lead page", "signed treatment consent");
        assertThat(browser.driver().findElement(By.id("screening-sign")).isDisplayed()).isTrue();
        browser.settle();
        browser.screenshotTo(Path.of("target", "screenshots"), "lead-approval-refused");
    }
}
