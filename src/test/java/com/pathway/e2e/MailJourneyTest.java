package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.clinic.Consent;
import com.pathway.clinic.EmailConsentService;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.shared.ClinicProperties;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowService;

/**
 * An administrator edits an e-mail template from the navigation: a template without its unsubscribe link
 * is refused on the field, a good one previews and saves. A lead opens the unsubscribe link of a
 * confirmation, stops e-mail, and the same link then says it was used.
 */
class MailJourneyTest extends BrowserJourney {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    EmailConsentService consent;

    @Autowired
    ClinicProperties clinic;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorEditsATemplateAndIsToldWhatIsWrong() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='E-mail templates']")).click();

        browser.waitFor(By.id("template-kind")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[contains(normalize-space(.), 'Consultation reminder')]")).click();
        browser.waitForText(By.id("template-placeholders"), "${unsubscribeLink}");

        WebElement body = browser.waitFor(By.cssSelector("#template-body textarea"));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Dear ${firstName}, see you tomorrow at ${appointmentTime}.");
        browser.waitFor(By.id("template-save")).click();
        browser.waitForText(By.id("template-alert"), "must contain ${unsubscribeLink}");
        assertThat(browser.deepText("#template-body [slot=error-message]")).contains("${unsubscribeLink}");
        browser.settle();
        browser.screenshot("mail-template-refused");

        body.sendKeys(Keys.END, " To stop e-mail: ${unsubscribeLink}");
        browser.waitFor(By.id("template-preview")).click();
        browser.waitForText(By.id("template-preview-text"), "Dear Alex, see you tomorrow at Wed Dec 10, 09:30.");
        browser.waitFor(By.id("template-save")).click();
        browser.waitForText(By.id("template-state"), "Changed by admin");
        browser.settle();
        browser.screenshot("mail-templates");
    }

    @Test
    void aLeadStopsEmailFromTheLinkAndTheLinkWorksOnce() throws Exception {
        String token = tokenOfABookedLead();

        browser.open("/unsubscribe?token=" + token);
        browser.waitForText(By.id("unsubscribe-text"), "stop all e-mail from " + clinic.name());
        browser.screenshot("unsubscribe");
        browser.waitFor(By.id("unsubscribe-confirm")).click();
        browser.waitForText(By.id("unsubscribe-text"), "Done, Selma: you will receive no more e-mail");
        assertThat(browser.driver().findElements(By.id("unsubscribe-confirm")).stream()
                .noneMatch(WebElement::isDisplayed)).isTrue();

        browser.open("/unsubscribe?token=" + token);
        browser.waitFor(By.id("unsubscribe-confirm")).click();
        browser.waitForText(By.id("unsubscribe-alert"), "This link was already used");

        browser.open("/unsubscribe?token=forged." + token.substring(token.indexOf('.') + 1));
        browser.waitFor(By.id("unsubscribe-confirm")).click();
        browser.waitForText(By.id("unsubscribe-alert"), "This unsubscribe link is not valid");
        browser.screenshot("unsubscribe-refused");
    }

    private String tokenOfABookedLead() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        try {
            String key = leads.create(Leads.withEmailConsent(Leads.form("Selma", "Journey",
                    "+12025550177", "selma.journey@example.org"), new Consent(Instant.parse("2026-02-01T09:00:00Z"),
                    "web form"))).key();
            Leads.bookConsultation(workflow, clinic.timeZone(), key);
            long id = jdbc.queryForObject("select id from lead where item_key = ?", Long.class, key);
            return consent.unsubscribeToken(id).orElseThrow();
        } finally {
            SignedIn.out();
        }
    }
}
