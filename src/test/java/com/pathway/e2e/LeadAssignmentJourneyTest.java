package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A coordinator opens a new lead, takes it with "Assign to me", picks its clinician by name from the people
 * who may be its clinician, and reads both assignments in the lead's timeline.
 */
class LeadAssignmentJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    private boolean shown(String id) {
        return browser.driver().findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void aCoordinatorTakesALeadAssignsAClinicianAndSeesBothInTheTimeline() throws Exception {
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Wren", "lastName": "Castellan%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "conditionOfInterest": "depression"}""".formatted(UUID.randomUUID().toString().substring(0, 6),
                1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitForText(By.id("assignee-coordinator"), "Unassigned");
        assertThat(shown("assign-me-clinician")).as("a coordinator cannot be a lead's clinician").isFalse();

        browser.settle();
        browser.screenshotTo(Path.of("target", "screenshots"), "lead-assignment-unassigned");
        browser.waitFor(By.id("assign-me-coordinator")).click();
        browser.waitForText(By.id("assignee-coordinator"), "Isabel Intake");

        browser.waitFor(By.id("change-clinician")).click();
        WebElement input = browser.waitFor(By.cssSelector("#picker-clinician input"));
        input.sendKeys("Casey");
        browser.waitForDeepText("vaadin-combo-box-item", "Dr. Casey Clinician");
        browser.screenshotTo(Path.of("target", "screenshots"), "lead-assignment-picker");
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        browser.driver().findElement(By.id("save-clinician")).click();
        browser.waitForText(By.id("assignee-clinician"), "Dr. Casey Clinician");

        browser.waitForText(By.id("lead-timeline"), "Assigned to Dr. Casey Clinician (clinician)");
        String timeline = browser.driver().findElement(By.id("lead-timeline")).getText();
        assertThat(timeline).contains("Assigned to Isabel Intake (coordinator)",
                "Clinician: (none) \u2192 Dr. Casey Clinician");
        assertThat(timeline.indexOf("Assigned to Dr. Casey Clinician"))
                .as("newest first").isLessThan(timeline.indexOf("Assigned to Isabel Intake"));
        assertThat(shown("assign-me-coordinator")).as("already theirs").isFalse();
        browser.settle();
        browser.screenshot("lead-assignment");
    }
}
