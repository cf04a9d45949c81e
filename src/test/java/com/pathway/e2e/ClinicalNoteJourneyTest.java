package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.pathway.security.Role;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * A clinician writes a clinical note mentioning a second clinician (picked from the suggestions); the
 * coordinator of the same lead sees the notes panel without it, and the mentioned clinician finds the
 * mention in the bell and opens the lead from there.
 */
class ClinicalNoteJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";
    private static final String NOTE = "Reports sleeping 4 hours a night since the last visit.";

    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    private void transition(String key, String name) throws Exception {
        HttpResponse<String> done = api(INTAKE_TOKEN, "POST", "/api/v1/items/" + key + "/transitions",
                "{\"transition\": \"" + name + "\"}", null);
        assertThat(done.statusCode()).as(name + ": " + done.body()).isEqualTo(204);
    }

    /** Clicks the element as a person would, once it is scrolled to the middle of the window. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void signOut() {
        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("login");
    }

    @Test
    void aClinicalNoteMentionsAClinicianTheCoordinatorDoesNotSeeItAndTheMentionedClinicianIsTold()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String colleague = "robin" + suffix;
        users.save(new UserAccount(colleague, "Dr. Robin Reyes", null, EnumSet.of(Role.CLINICIAN),
                encoder.encode(PASSWORD), clock.instant()));
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Mara", "lastName": "Ellison%s", "phone": "(202) 555-%d", "source": "PHONE",
                 "clinician": "clinician"}""".formatted(suffix, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        transition(key, "Contact");
        transition(key, "Schedule consultation");
        transition(key, "Consultation held"); // a clinical status: every clinician may read the lead
        HttpResponse<String> general = api(INTAKE_TOKEN, "POST", "/api/v1/leads/" + key + "/notes",
                "{\"text\": \"Prefers calls after 5 pm; mobile only.\"}", null);
        assertThat(general.statusCode()).as(general.body()).isEqualTo(201);
        String generalId = general.body().replaceAll("(?s)^\\{\"id\"\\s*:\\s*(\\d+).*", "$1");
        HttpResponse<String> pinned = api(INTAKE_TOKEN, "PATCH", "/api/v1/leads/" + key + "/notes/" + generalId,
                "{\"pinned\": true}", null);
        assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(200);

        browser.signIn("clinician", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitFor(By.id("note-text"));
        click(browser.driver().findElement(By.cssSelector("#note-visibility vaadin-radio-button:nth-of-type(2) label")));
        WebElement text = browser.driver().findElement(By.cssSelector("#note-text textarea"));
        text.sendKeys(NOTE + "\nPlease review before the next session, @" + colleague.substring(0, 5));
        click(browser.waitFor(By.cssSelector("#note-mentions vaadin-button")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> text.getDomProperty("value").endsWith("@" + colleague + " "));
        click(browser.driver().findElement(By.id("note-add")));
        browser.waitForText(By.id("notes-list"), NOTE);
        browser.waitForText(By.id("notes-heading"), "Notes (2)");
        assertThat(browser.driver().findElement(By.id("notes-list")).getText()).contains("Clinical", "Dr. Casey Clinician");
        assertThat(browser.driver().findElement(By.id("pinned-notes")).getDomProperty("textContent"))
                .contains("Pinned notes", "Prefers calls after 5 pm");
        browser.settle();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('lead-notes').scrollIntoView({block: 'start'});");
        browser.screenshot("lead-notes-clinician");

        signOut();
        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads/" + key);
        browser.waitForText(By.id("notes-heading"), "Notes (1)");
        browser.waitForText(By.id("notes-list"), "Prefers calls after 5 pm");
        browser.waitForText(By.id("lead-timeline"), "General note");
        assertThat(browser.driver().getPageSource()).doesNotContain("sleeping 4 hours").doesNotContain(colleague);
        assertThat(browser.driver().findElements(By.id("note-visibility"))).as("no clinical choice").allMatch(e -> !e.isDisplayed());
        browser.settle();
        browser.screenshot("lead-notes-coordinator");

        signOut();
        browser.signIn(colleague, PASSWORD);
        browser.waitForText(By.id("notification-count"), "1");
        browser.driver().findElement(By.id("notification-bell")).click();
        browser.waitForText(By.id("notifications-list"), "Dr. Casey Clinician mentioned you on " + key);
        assertThat(browser.driver().findElement(By.id("notifications-list")).getText()).doesNotContain("sleeping");
        browser.settle();
        browser.screenshot("notifications");
        browser.driver().findElement(By.cssSelector("#notifications-list vaadin-button")).click();
        browser.waitForUrl("/leads/" + key);
        browser.waitForText(By.id("notes-list"), NOTE);
    }
}
