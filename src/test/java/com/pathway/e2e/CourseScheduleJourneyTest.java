package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.shared.ClinicProperties;

/**
 * A clinician starts a course from the clinic's two-phase template on the lead page, which books nine sessions;
 * session 1 is marked missed and the coordinator's rebooking call appears among the lead's tasks; session 2 is
 * moved to another day after a confirmation that names both times (a time gone by is refused on the field first);
 * a signed infusion record's printable summary opens.
 */
class CourseScheduleJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";
    private static final String CLINICIAN_TOKEN = "clinician:pwt_demo_clinician_000000000000004";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

    @Autowired
    ClinicProperties clinic;

    private void transition(String key, String name) throws Exception {
        HttpResponse<String> done = api(INTAKE_TOKEN, "POST", "/api/v1/items/" + key + "/transitions",
                "{\"transition\": \"" + name + "\"}", null);
        assertThat(done.statusCode()).as(name + ": " + done.body()).isEqualTo(204);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebElement input(String css) {
        return browser.waitFor(By.cssSelector(css + " input"));
    }

    private void type(String css, String text) {
        WebElement input = input(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Types a date and a time into the date-time picker {@code id}. */
    private void dateTime(String id, LocalDateTime at) {
        type("#" + id + " vaadin-date-picker", at.format(DATE));
        input("#" + id + " vaadin-time-picker").click();
        type("#" + id + " vaadin-time-picker", at.format(TIME));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    @Test
    void aCourseFromTheTwoPhaseTemplateIsBookedMissedRescheduledAndItsSessionSummaryPrinted() throws Exception {
        try {
            journey();
        } catch (Throwable e) {
            // what the page showed when the journey stopped, beside the test reports
            java.nio.file.Path shot = ((org.openqa.selenium.TakesScreenshot) browser.driver())
                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Files.copy(shot, java.nio.file.Path.of("target", "course-schedule-journey-failed.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            throw e;
        }
    }

    private void journey() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Ilse", "lastName": "Marchetti%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "clinician": "clinician", "coordinator": "intake"}"""
                .formatted(suffix, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        transition(key, "Contact");
        transition(key, "Schedule consultation");
        transition(key, "Consultation held");

        ZoneId zone = clinic.timeZone();
        LocalDateTime now = LocalDateTime.now(zone);
        // the first session began an hour ago (so it can be marked missed), on the quarter hour
        LocalDateTime first = now.minusHours(1).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(15L * (now.minusHours(1).getMinute() / 15));

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitForText(By.id("course-summary"), "No treatment course yet.");
        click(browser.waitFor(By.id("course-template")));
        WebElement indication = input("#template-indication");
        indication.sendKeys("Depression");
        indication.sendKeys(Keys.ENTER);
        // the template's label goes on with its plan: pick it from the filtered list
        input("#course-template").sendKeys("Induction then maintenance");
        WebElement item = browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Induction then maintenance')]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", item);
        browser.waitFor(By.xpath("//vaadin-combo-box[@id='course-template' and @has-value]"));
        dateTime("template-first-session", first);
        browser.waitFor(By.cssSelector("#template-first-session vaadin-time-picker[has-value]"));
        click(browser.waitFor(By.id("template-dialog-save")));
        browser.waitForText(By.id("course-summary"), "Induction then maintenance · 0 of 9 infusions · Planned");
        browser.waitForText(By.id("booked-9"), "Maintenance");
        assertThat(browser.driver().findElement(By.id("booked-6")).getText()).contains("Induction");

        click(browser.waitFor(By.id("booked-1-missed")));
        browser.waitForText(By.id("booked-1"), "Missed · clinician");
        browser.waitForText(By.id("lead-tasks"), "Call to rebook a missed session");

        // move session 2: a time gone by is refused on the field, then another day after confirming
        click(browser.waitFor(By.id("booked-2-reschedule")));
        browser.waitFor(By.id("reschedule-dialog"));
        dateTime("reschedule-at", first.minusDays(1));
        click(browser.waitFor(By.id("reschedule-dialog-save")));
        click(browser.waitFor(By.id("reschedule-dialog-confirm-yes")));
        browser.waitFor(By.cssSelector("#reschedule-at[invalid]"));
        assertThat(browser.driver().findElement(By.id("reschedule-at")).getDomProperty("errorMessage"))
                .contains("still to come");
        LocalDateTime moved = first.plusDays(4).withHour(14).withMinute(0);
        dateTime("reschedule-at", moved);
        click(browser.waitFor(By.id("reschedule-dialog-save")));
        browser.waitForText(By.id("reschedule-dialog-confirm-text"), "Move session 2 of " + key + " from");
        browser.settle();
        browser.screenshot("course-session-move-confirm");
        click(browser.waitFor(By.id("reschedule-dialog-confirm-yes")));
        browser.waitForText(By.id("booked-sessions"), "moved from");
        assertThat(browser.driver().findElement(By.id("booked-sessions")).getText()).contains("by clinician");
        browser.settle();
        scrollTo("lead-treatment");
        browser.screenshot("course-booked-sessions");

        // a signed infusion record of today, and its printable summary
        Instant start = first.plusMinutes(5).atZone(zone).toInstant();
        HttpResponse<String> recorded = api(CLINICIAN_TOKEN, "POST", "/api/v1/leads/" + key + "/sessions", """
                {"startedAt":"%s","endedAt":"%s","doseSteps":[{"givenAt":"%s","amount":10,"unit":"mg","route":"IV"}]}"""
                .formatted(start, start.plusSeconds(1800), start), null);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = recorded.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1");
        String version = recorded.body().replaceAll("(?s).*\"version\"\\s*:\\s*(\\d+).*", "$1");
        HttpResponse<String> signed = api(CLINICIAN_TOKEN, "POST", "/api/v1/leads/" + key + "/sessions/" + id + "/sign",
                null, "\"" + version + "\"");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        browser.open("/leads/" + key);
        click(browser.waitFor(By.id("session-open-1")));
        String summary = browser.waitFor(By.id("session-print")).getDomAttribute("href");
        browser.open("/" + summary);
        browser.waitForText(By.id("session-summary"), "Infusion session 1 · " + key);
        assertThat(browser.driver().findElement(By.id("session-summary")).getText()).contains("10 mg");
        browser.screenshot("course-session-summary");
    }

    @Test
    void anAdministratorSeesEachTemplatesPhasesAndAddsOneToANewTemplate() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/admin/treatment");
        browser.waitForText(By.id("course-templates"), "Course templates");
        assertThat(browser.driver().findElements(By.cssSelector("#course-templates vaadin-text-field[id$='-phase-2-name']"))
                .stream().map(f -> f.getDomProperty("value"))).contains("Maintenance");
        click(browser.waitFor(By.id("template-new-phase-add")));
        browser.waitFor(By.id("template-new-phase-2-start-after"));
        assertThat(browser.driver().findElement(By.id("template-new-phase-1-up")).getDomAttribute("disabled"))
                .as("the first phase cannot move up").isNotNull();
        browser.settle();
        scrollTo("course-templates");
        browser.screenshot("course-template-phases");
    }
}
