package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.security.Role;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * An administrator who is also a clinician opens a lead's work item page (the engine's own page) and
 * approves for treatment before the screening is recorded: the refusal is said under the buttons there,
 * as on the lead page, with what is missing and where to record it; the status stays. A comment given
 * to a step without a screen shows in the page's history.
 */
class WorkItemRefusalJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";
    private static final String CLINICIAN_TOKEN = "clinician:pwt_demo_clinician_000000000000004";

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    private void transition(String token, String key, String name) throws Exception {
        HttpResponse<String> done = api(token, "POST", "/api/v1/items/" + key + "/transitions",
                "{\"transition\": \"" + name + "\"}", null);
        assertThat(done.statusCode()).as(name + ": " + done.body()).isEqualTo(204);
    }

    @Test
    void aRefusedApprovalIsExplainedUnderTheButtonsOfTheWorkItemPage() throws Exception {
        // Both roles at once need a second administrator's approval in the app; the fixture writes the account.
        String username = "adminclin" + UUID.randomUUID().toString().substring(0, 6);
        tx.executeWithoutResult(s -> users.save(new UserAccount(username, "Dr. Ada Adminclin", null,
                EnumSet.of(Role.ADMIN, Role.CLINICIAN), encoder.encode(PASSWORD), clock.instant())));
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Oskar", "lastName": "Brandt%s", "phone": "(202) 555-%d", "source": "PHONE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        transition(INTAKE_TOKEN, key, "Contact");
        transition(INTAKE_TOKEN, key, "Schedule consultation");
        transition(INTAKE_TOKEN, key, "Consultation held");

        browser.signIn(username, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/items/" + key);

        // A step without a screen, with a comment from its comment button.
        browser.waitFor(By.id("transition-start-screening-comment")).click();
        browser.waitFor(By.cssSelector("#screen-comment textarea")).sendKeys("Screening booked for Thursday");
        browser.driver().findElement(By.id("screen-confirm")).click();
        browser.waitForText(By.id("item-facts"), "Screening");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Screening booked for Thursday']"));

        browser.waitFor(By.id("transition-approve-for-treatment")).click();

        browser.waitForText(By.id("transition-refusal"), "needs a signed screening");
        WebElement refusal = browser.driver().findElement(By.id("transition-refusal"));
        assertThat(refusal.getAttribute("role")).isEqualTo("alert");
        assertThat(refusal.getText()).contains("\u201CApprove for treatment\u201D was not done.",
                "fills in the screening checklist under Screening on the lead page", "signed treatment consent");
        assertThat(browser.driver().findElement(By.id("item-facts")).getText()).contains("Screening")
                .doesNotContain("Treatment scheduled");
        assertThat(browser.driver().findElements(By.id("transition-screen"))).as("no dialog: said in place").isEmpty();
        browser.settle();
        browser.screenshotTo(Path.of("target", "screenshots"), "work-item-approval-refused");
    }
}
