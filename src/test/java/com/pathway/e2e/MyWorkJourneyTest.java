package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator's home page shows an overdue call; one click opens its lead, where the call is
 * completed with "No answer" and the next attempt scheduled in the same step. A manager's home
 * shows everyone's work too.
 */
class MyWorkJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    @Autowired
    JdbcTemplate jdbc;

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\"\\s*:\\s*\"?([^\",}]+)\"?.*", "$1");
    }

    private String lead(String first, String last, String phone) throws Exception {
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "%s", "lastName": "%s", "phone": "%s", "source": "PHONE",
                 "conditionOfInterest": "depression", "coordinator": "intake"}""".formatted(first, last, phone), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return field(created.body(), "key");
    }

    private long task(String key, String title, String type, Duration fromNow, String assignee) throws Exception {
        String due = Instant.now().plus(fromNow.isNegative() ? Duration.ofHours(1) : fromNow)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads/" + key + "/tasks", """
                {"title": "%s", "type": "%s", "dueAt": "%s", "assignee": "%s"}""".formatted(title, type, due, assignee),
                null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(field(created.body(), "id"));
        if (fromNow.isNegative()) {
            jdbc.update("update task set due_at = ? where id = ?", Timestamp.from(Instant.now().plus(fromNow)), id);
        }
        return id;
    }

    @Test
    void theCoordinatorCompletesAnOverdueCallWithNoAnswerAndSchedulesTheNextAttempt() throws Exception {
        String key = lead("Marlowe", "Finch", "(202) 555-0131");
        String other = lead("Tamsin", "Oakes", "(202) 555-0132");
        task(key, "Return Marlowe's call", "CALL", Duration.ofHours(-20), "intake");
        task(other, "Send the intake forms", "EMAIL", Duration.ofHours(3), "intake");
        task(other, "Confirm the consultation", "CALL", Duration.ofDays(2), "intake");
        task(key, "Check the referral letter arrived", "OTHER", Duration.ofDays(4), "manager");

        browser.signIn("intake", PASSWORD);
        WebElement overdue = browser.waitFor(By.id("work-overdue"));
        Browser.waiting(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("work-overdue")).getText().contains("Return Marlowe's call"));
        String counted = browser.waitFor(By.id("nav-work-count")).getText();
        assertThat(counted).isNotBlank();
        browser.settle();
        browser.screenshot("my-work-coordinator");

        overdue.findElement(By.linkText(key)).click();
        browser.waitForUrl("/leads/" + key);
        browser.waitForText(By.id("lead-title"), key);
        WebElement row = browser.waitFor(By.cssSelector("#lead-tasks .task-open"));
        assertThat(row.getText()).contains("Return Marlowe's call").contains("Overdue since");
        row.findElement(By.cssSelector(".task-complete")).click();

        browser.waitFor(By.id("call-outcome"));
        WebElement noAnswer = browser.driver().findElements(By.cssSelector("#call-outcome vaadin-radio-button")).stream()
                .filter(b -> b.getText().contains("No answer")).findFirst().orElseThrow();
        noAnswer.click();
        Browser.waiting(browser.driver(), Duration.ofSeconds(30)).until(d -> "true".equals(String.valueOf(
                ((JavascriptExecutor) d).executeScript("return document.getElementById('schedule-next').checked"))));
        browser.waitFor(By.id("next-attempt"));
        browser.screenshot("complete-call");
        browser.driver().findElement(By.id("complete-save")).click();

        Browser.waiting(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#lead-tasks .task-closed")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector("#lead-tasks .task-closed")).getText())
                .contains("Done · No answer");
        WebElement next = browser.driver().findElement(By.cssSelector("#lead-tasks .task-open"));
        assertThat(next.getText()).contains("Return Marlowe's call").doesNotContain("Overdue");
        Browser.waiting(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("lead-timeline")).getText().contains("Task done"));
        browser.settle();
        browser.screenshot("lead-tasks");

        // With the keyboard to the board: Home's count has changed (the call is no longer overdue), so the navigation
        // is made again, and the focus stays on the item the user chose.
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.querySelector('#main-nav vaadin-side-nav-item[path=\"board\"]')"
                + ".shadowRoot.querySelector('a').focus()");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waitForUrl("/board");
        Browser.waiting(browser.driver(), Duration.ofSeconds(30)).until(d -> !counted.equals(String.valueOf(js.executeScript(
                "const b = document.getElementById('nav-work-count'); return b ? b.textContent : ''"))));
        Browser.waiting(browser.driver(), Duration.ofSeconds(10)).until(d -> "board".equals(js.executeScript(
                "const f = document.activeElement; return f && f.localName === 'vaadin-side-nav-item'"
                        + " ? f.getAttribute('path') : null")));
    }

    @Test
    void theManagerSeesEveryonesWork() throws Exception {
        String key = lead("Ines", "Thorne", "(202) 555-0133");
        task(key, "Call about the consultation time", "CALL", Duration.ofHours(-3), "intake");
        task(key, "Follow-up check-in", "FOLLOW_UP", Duration.ofDays(6), "clinician");
        task(key, "Check the referral letter", "OTHER", Duration.ofHours(2), "manager");

        browser.signIn("manager", PASSWORD);
        browser.waitFor(By.id("team-grid"));
        Browser.waiting(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("team-grid")).getText().contains("Call about the consultation time"));
        browser.settle();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('team-work').scrollIntoView({block: 'end'});");
        browser.screenshot("my-work-manager");
    }
}
