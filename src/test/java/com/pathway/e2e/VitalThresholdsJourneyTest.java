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
 * An administrator sets the clinic's heart-rate range on Treatment lists from the keyboard, is told beside
 * the field that a high limit below the low one makes no range, and saves a good one; a clinician recording
 * a session sees a heart rate outside that range marked under the field as it is typed, in words.
 */
class VitalThresholdsJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";
    private static final String CLINICIAN_TOKEN = "clinician:pwt_demo_clinician_000000000000004";

    private WebElement input(String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input"));
    }

    private void type(String id, String text) {
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    @Test
    void anAdministratorSetsARangeAndAClinicianSeesAReadingOutsideItMarkedWhileTyping() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/admin/treatment");
        browser.waitForText(By.id("vital-heart-rate"), "Now: 50–120 per minute");
        type("vital-heart-rate-low", "130");
        type("vital-heart-rate-high", "60");
        // from the keyboard: Tab past the high limit's clear button to Save, then Enter
        input("vital-heart-rate-high").sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitFor(By.cssSelector("#vital-heart-rate-high[invalid]"));
        assertThat(browser.driver().findElement(By.id("vital-heart-rate-high")).getDomProperty("errorMessage"))
                .isEqualTo("Heart rate: the high limit (60) must be above the low limit (130).");
        assertThat(input("vital-heart-rate-low").getDomProperty("value")).as("what was typed stays").isEqualTo("130");
        browser.settle();
        scrollTo("vital-thresholds");
        browser.screenshot("vital-thresholds-refused");

        type("vital-heart-rate-low", "55");
        type("vital-heart-rate-high", "110");
        browser.driver().findElement(By.id("vital-heart-rate-save")).click();
        browser.waitForText(By.id("vital-heart-rate"), "Now: 55–110 per minute");
        assertThat(browser.driver().findElement(By.id("vital-heart-rate")).getText()).contains("the clinic's own · admin");
        browser.settle();
        scrollTo("vital-thresholds");
        browser.screenshot("vital-thresholds-editor");
        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("login");

        String key = leadWithCourse();
        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.click(By.id("session-record"));
        browser.waitForText(By.id("vitals-ranges"), "Heart rate 55–110 per minute");
        browser.waitFor(By.id("session-vitals-add")).click();
        type("vitals-systolic-1", "132");
        type("vitals-diastolic-1", "84");
        type("vitals-heart-rate-1", "118");
        browser.waitForText(By.id("vitals-heart-rate-1"), "Above the clinic's range (max 110)");
        WebElement heartRate = browser.driver().findElement(By.id("vitals-heart-rate-1"));
        assertThat(heartRate.getDomAttribute("class")).contains("vital-outside");
        assertThat(browser.driver().findElement(By.id("vitals-systolic-1")).getText())
                .doesNotContain("clinic's range");
        type("vitals-spo2-1", "97");
        browser.settle();
        browser.screenshot("infusion-session-vital-outside-range");

        type("vitals-heart-rate-1", "96");
        browser.waitFor(By.cssSelector("#vitals-heart-rate-1:not(.vital-outside)"));
        assertThat(browser.driver().findElement(By.id("vitals-heart-rate-1")).getText()).doesNotContain("clinic's range");
    }

    private String leadWithCourse() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Mirela", "lastName": "Stone%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "clinician": "clinician"}""".formatted(suffix, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        for (String transition : new String[] {"Contact", "Schedule consultation", "Consultation held"}) {
            HttpResponse<String> done = api(INTAKE_TOKEN, "POST", "/api/v1/items/" + key + "/transitions",
                    "{\"transition\": \"" + transition + "\"}", null);
            assertThat(done.statusCode()).as(transition + ": " + done.body()).isEqualTo(204);
        }
        HttpResponse<String> course = api(CLINICIAN_TOKEN, "POST", "/api/v1/leads/" + key + "/course",
                "{\"indication\": \"Depression\", \"plannedSessions\": 6, \"startsOn\": \"" + java.time.LocalDate.now()
                        + "\"}", null);
        assertThat(course.statusCode()).as(course.body()).isEqualTo(201);
        return key;
    }
}
