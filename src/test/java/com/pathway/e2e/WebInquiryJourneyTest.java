package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An inquiry arrives from the clinic's web site; the intake coordinator finds it in the lead list by
 * name, opens its lead page, contacts the person and schedules the consultation there, and sees both
 * in the lead's activity timeline.
 */
class WebInquiryJourneyTest extends BrowserJourney {

    @Test
    void aWebInquiryGoesFromArrivalToConsultationScheduledOnTheLeadPage() throws Exception {
        String lastName = "Sparrow" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/inquiries"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Avery", "lastName": "%s", "email": "avery@example.org",
                         "conditionOfInterest": "depression", "message": "Please call me.",
                         "consent": {"contact": true, "privacyNotice": true}}""".formatted(lastName)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Leads']")).click();
        browser.waitFor(By.cssSelector("#lead-search input")).sendKeys(lastName);
        browser.waitForUrl("search=");
        assertThat(browser.driver().getCurrentUrl()).as("the search text stays out of the address").doesNotContain(lastName);
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + lastName + ", Avery']"));
        browser.screenshot("leads");
        browser.driver().findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + lastName
                + ", Avery']")).click();

        browser.waitForText(By.id("lead-title"), lastName);
        browser.waitForUrl("/leads/PW-");
        browser.waitForText(By.id("lead-status"), "New inquiry");
        browser.waitForText(By.id("lead-facts"), "avery@example.org");

        // Both steps ask what they record; both may be run without it.
        browser.waitFor(By.id("transition-contact")).click();
        browser.waitFor(By.id("screen-confirm")).click();
        browser.waitForText(By.id("lead-status"), "Contacted");
        browser.waitFor(By.id("transition-schedule-consultation")).click();
        browser.waitFor(By.id("screen-confirm")).click();
        browser.waitForText(By.id("lead-status"), "Consultation scheduled");

        browser.waitForText(By.id("lead-timeline"), "Schedule consultation");
        List<String> titles = browser.driver().findElements(By.cssSelector("#lead-timeline .timeline-title")).stream()
                .map(WebElement::getText).toList();
        // The tasks module adds the first-contact call of the inquiry (done by Contact) and the consultation's
        // confirmation call.
        assertThat(titles).containsExactly("Task created", "Schedule consultation", "Contact", "Task done",
                "Task created", "Created in New inquiry");
        assertThat(browser.driver().findElement(By.id("lead-timeline")).getText())
                .contains("New inquiry → Contacted", "Contacted → Consultation scheduled");
        browser.settle();
        browser.screenshot("lead-page");
    }
}
