package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.shared.ClinicProperties;

/**
 * A clinician starts a treatment course on the lead page, records an infusion session with dose steps (the
 * second one added from the keyboard), vitals and a side effect, is told that an impossible blood pressure
 * cannot be saved, corrects it, signs the session, and finds the patient on My patients with "1 of 6" and
 * the side effect; the coordinator of the lead sees the progress and nothing clinical.
 */
class TreatmentSessionJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

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

    private WebElement input(String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input"));
    }

    private void type(String id, String text) {
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    @Test
    void aClinicianRecordsAndSignsAnInfusionSessionAndSeesItOnMyPatients() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Tamsin", "lastName": "Okafor%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "clinician": "clinician"}""".formatted(suffix, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        transition(key, "Contact");
        transition(key, "Schedule consultation");
        transition(key, "Consultation held");

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitForText(By.id("course-summary"), "No treatment course yet.");
        click(browser.waitFor(By.id("course-start")));
        WebElement indication = input("course-indication");
        indication.sendKeys("Depression");
        indication.sendKeys(Keys.ENTER);
        type("course-planned", "6");
        click(browser.waitFor(By.id("course-dialog-save")));
        browser.waitForText(By.id("course-summary"), "Depression · 0 of 6 infusions · Planned");

        click(browser.waitFor(By.id("session-record")));
        browser.waitFor(By.id("session-dialog"));
        // the session began a few minutes ago (its start is filled in with now); ends now
        ZoneId zone = clinic.timeZone();
        LocalDateTime now = LocalDateTime.now(zone);
        LocalDateTime start = now.minusMinutes(20).withSecond(0).withNano(0);
        if (!start.plusMinutes(15).toLocalDate().equals(start.toLocalDate())) {
            // Just after midnight a session that ended a few minutes ago would span two days, and its end is a time
            // on the start's day: take yesterday evening's session instead.
            start = now.toLocalDate().minusDays(1).atTime(22, 0);
        }
        type("session-start vaadin-date-picker", start.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        // Enter takes the typed date and closes the calendar
        input("session-start vaadin-date-picker").sendKeys(Keys.ENTER);
        type("session-start vaadin-time-picker", start.format(DateTimeFormatter.ofPattern("HH:mm")));
        input("session-start vaadin-time-picker").sendKeys(Keys.TAB);
        type("session-end", start.plusMinutes(15).format(DateTimeFormatter.ofPattern("HH:mm")));
        input("session-end").sendKeys(Keys.TAB);
        click(browser.waitFor(By.id("session-dose-add")));
        type("dose-amount-1", "10");
        // Alt+D adds the next step five minutes later, focused on its amount
        input("dose-amount-1").sendKeys(Keys.chord(Keys.ALT, "d"));
        browser.waitFor(By.id("dose-amount-2"));
        Browser.waiting(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !input("dose-time-2").getDomProperty("value").isBlank());
        type("dose-amount-2", "10");
        click(browser.waitFor(By.id("session-vitals-add")));
        type("vitals-systolic-1", "128");
        type("vitals-diastolic-1", "182");
        type("vitals-heart-rate-1", "76");
        type("vitals-spo2-1", "98");
        click(browser.waitFor(By.id("session-effect-add")));
        WebElement effect = input("effect-name-1");
        effect.sendKeys("Nausea");
        effect.sendKeys(Keys.ENTER);
        // on to the severity with Tab; the arrow key opens its list
        effect.sendKeys(Keys.TAB);
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        click(browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Moderate']")));
        browser.driver().findElement(By.cssSelector("#session-observation textarea")).sendKeys("Calm; mild nausea eased by minute 15.");

        click(browser.driver().findElement(By.id("session-sign")));
        browser.waitFor(By.cssSelector("#session-dialog [invalid]"));
        browser.screenshot("infusion-session-refused");
        WebElement diastolic = browser.driver().findElement(By.id("vitals-diastolic-1"));
        assertThat(diastolic.getDomAttribute("invalid")).as("the message is on the diastolic field").isNotNull();
        assertThat(diastolic.getDomProperty("errorMessage"))
                .isEqualTo("Vitals 1: the diastolic pressure must be lower than the systolic.");
        type("vitals-diastolic-1", "82");
        click(browser.driver().findElement(By.id("session-sign")));
        browser.waitForText(By.id("course-summary"), "Depression · 1 of 6 infusions · Active");
        browser.waitForText(By.id("sessions-list"), "Session 1");
        assertThat(browser.driver().findElement(By.id("sessions-list")).getText()).contains("signed");
        browser.settle();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('lead-treatment').scrollIntoView({block: 'start'});");
        browser.screenshot("lead-treatment-course");

        click(browser.waitFor(By.id("session-open-1")));
        browser.waitForText(By.id("signed-session-record"), "Nausea (moderate)");
        assertThat(browser.driver().findElement(By.id("signed-session-record")).getText()).contains("10 mg",
                "BP 128/82 mmHg");
        browser.settle();
        browser.screenshot("infusion-session-signed");
        browser.driver().findElement(By.id("signed-session-dialog")).sendKeys(Keys.ESCAPE);

        browser.open("/");
        click(browser.waitFor(By.xpath("//vaadin-side-nav-item[normalize-space(.)='My patients']")));
        browser.waitForUrl("my-patients");
        browser.waitForDeepText("#my-patients", key);
        browser.waitForDeepText("#my-patients", "1 of 6");
        browser.waitForDeepText("#my-patients", "Nausea (moderate)");
        browser.settle();
        browser.screenshot("my-patients");

        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("login");
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitForText(By.id("course-summary"), "Active course · 1 of 6 infusions");
        assertThat(browser.driver().getPageSource()).doesNotContain("Nausea").doesNotContain("Depression ·");
        assertThat(browser.driver().findElements(By.id("session-record"))).isEmpty();
    }
}
