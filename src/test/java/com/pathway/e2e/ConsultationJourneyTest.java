package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.Appointment;
import com.pathway.shared.ClinicProperties;

/**
 * A coordinator calls a new lead and records the outcome with a comment, books the consultation (date
 * and time, clinician, telehealth), and sees "Next: …" at the top of the lead page and in the list.
 */
class ConsultationJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    @Autowired
    ClinicProperties clinic;

    private void choose(String selectId, String option) {
        browser.waitFor(By.id(selectId)).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + option + "']")).click();
    }

    @Test
    void aCoordinatorRecordsTheCallBooksTheConsultationAndSeesItOnThePageAndInTheList() throws Exception {
        String lastName = "Lindqvist" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Maren", "lastName": "%s", "phone": "(202) 555-%d", "source": "PHONE"}"""
                .formatted(lastName, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        ZoneId zone = clinic.timeZone();
        LocalDate day = LocalDate.now(zone).plusDays(9);
        LocalDateTime at = day.atTime(10, 0);

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);

        browser.waitFor(By.id("transition-contact")).click();
        choose("screen-contactOutcome", "Reached");
        browser.waitFor(By.cssSelector("#screen-comment textarea")).sendKeys("Prefers telehealth; free Tuesday mornings");
        browser.driver().findElement(By.id("screen-confirm")).click();
        browser.waitForText(By.id("lead-status"), "Contacted");
        browser.waitForText(By.id("lead-timeline"), "Outcome: Reached");

        browser.waitFor(By.id("transition-schedule-consultation")).click();
        WebElement date = browser.waitFor(By.cssSelector("#screen-appointmentAt vaadin-date-picker input"));
        date.sendKeys(day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + day.getYear());
        date.sendKeys(Keys.TAB);
        WebElement time = browser.driver().findElement(By.cssSelector("#screen-appointmentAt vaadin-time-picker input"));
        time.click();
        time.sendKeys("10:00");
        time.sendKeys(Keys.TAB);
        browser.waitFor(By.cssSelector("#screen-appointmentAt vaadin-time-picker[has-value]"));
        // Typing opens the picker's list, filtered in the database; the list may cover other fields meanwhile.
        WebElement clinician = browser.waitFor(By.cssSelector("#screen-appointmentClinician input"));
        clinician.sendKeys("Casey");
        WebElement item = browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Casey Clinician')]"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", item);
        browser.waitFor(By.xpath("//vaadin-combo-box[@id='screen-appointmentClinician' and @has-value]"));
        choose("screen-appointmentMode", "Telehealth");
        browser.settle();
        browser.screenshotTo(Path.of("target", "screenshots"), "schedule-consultation-dialog");
        browser.driver().findElement(By.id("screen-confirm")).click();

        String when = Appointment.when(at.atZone(zone).toInstant(), zone);
        browser.waitForText(By.id("lead-status"), "Consultation scheduled");
        browser.waitForText(By.id("lead-appointment-text"), "Next: " + when + " · Dr. Casey Clinician · Telehealth");
        assertThat(browser.driver().findElement(By.id("reschedule-appointment")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("lead-timeline")).getText()).contains(
                "Outcome: Reached", "\u201CPrefers telehealth; free Tuesday mornings\u201D",
                "Appointment: " + when + " · Dr. Casey Clinician · Telehealth");
        browser.settle();
        browser.screenshot("lead-appointment");

        // Next appointment is one click away under Columns; the address asks for it directly.
        browser.open("/leads?q=" + key + "&cols=key,lastName,status,phone,nextAppointment");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + lastName + ", Maren']"));
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + when + "']"));
        assertThat(browser.driver().findElements(By.xpath("//vaadin-grid-sorter[normalize-space(.)='Next appointment']")))
                .hasSize(1);
        // The list is wider than the window: scroll to its last columns for the picture.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('leads-grid').$.table.scrollLeft = 10000;");
        browser.screenshotTo(Path.of("target", "screenshots"), "leads-next-appointment");
    }
}
