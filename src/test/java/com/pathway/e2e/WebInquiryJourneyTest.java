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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.pathway.clinic.Leads;
import com.pathway.clinic.SetAsideInquiries;
import com.pathway.clinic.internal.InquiryIntake;
import com.pathway.shared.crypto.ColumnCipher;

/**
 * An inquiry arrives from the clinic's web site; the intake coordinator finds it in the lead list by
 * name, opens its lead page, contacts the person and schedules the consultation there, and sees both
 * in the lead's activity timeline. An inquiry whose lead could not be created is found by the administrator
 * under Web inquiries and tried again from the keyboard, or entered by hand by the intake coordinator, from the lead
 * list's notice to the New lead form filled from it.
 */
class WebInquiryJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ColumnCipher cipher;

    @Autowired
    JsonMapper json;

    @Autowired
    InquiryIntake intake;

    @Test
    void anInquirySetAsideIsTriedAgainByTheAdministratorUnderWebInquiries() throws Exception {
        String lastName = "Heron" + UUID.randomUUID().toString().substring(0, 6);
        // Set aside after its three attempts; the cause has since been put right, so the form reads.
        String reference = SetAsideInquiries.storeReadable(jdbc, cipher, json, intake,
                Leads.form("Robin", lastName, Leads.phoneOfItsOwn().e164(), null),
                "org.springframework.dao.DataIntegrityViolationException"
                        + " <- org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException");

        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Web inquiries']")).click();
        browser.waitForText(By.id("inquiries-failed"), reference);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("the form is never shown")
                .doesNotContain(lastName).doesNotContain("Robin");
        browser.settle();
        browser.screenshot("web-inquiries-failed");

        browser.waitFor(By.id("inquiry-retry-" + reference)).sendKeys(Keys.ENTER);
        browser.waitForDeepText("vaadin-notification-card", "is now lead PW-");
        assertThat(jdbc.queryForObject("select count(*) from lead where inquiry_reference = ?", Integer.class,
                reference)).isEqualTo(1);
        browser.waitForText(By.id("inquiries-failed-total"), "0 inquiries");
    }

    @Test
    void anInquirySetAsideIsEnteredByHandByTheIntakeCoordinatorFromTheLeadList() throws Exception {
        String lastName = "Plover" + UUID.randomUUID().toString().substring(0, 6);
        String reference = SetAsideInquiries.storeReadable(jdbc, cipher, json, intake,
                Leads.form("Sasha", lastName, Leads.phoneOfItsOwn().e164(), null),
                "com.pathway.shared.InvalidInputException");

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Leads']")).click();
        browser.waitForText(By.id("set-aside-notice"), "could not become");
        browser.waitFor(By.cssSelector("#set-aside-notice a")).sendKeys(Keys.ENTER);
        browser.waitForText(By.id("set-aside-inquiries"), reference);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("the list shows no form")
                .doesNotContain(lastName);
        browser.settle();
        browser.screenshot("set-aside-inquiries");

        browser.waitFor(By.id("set-aside-open-" + reference)).sendKeys(Keys.ENTER);
        browser.waitForText(By.id("from-inquiry"), reference);
        assertThat(browser.waitFor(By.cssSelector("#lead-lastName input")).getAttribute("value")).isEqualTo(lastName);
        browser.settle();
        browser.screenshot("new-lead-from-inquiry");

        browser.waitFor(By.id("create-lead")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/leads/PW-");
        browser.waitForText(By.id("lead-title"), lastName);
        assertThat(jdbc.queryForObject("select count(*) from inquiry_inbox where reference = ?", Integer.class,
                reference)).isZero();
    }

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
