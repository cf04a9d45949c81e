package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An administrator opens the clinic workflow: its diagram shows every status and the checker finds it sound. */
class WorkflowAdministrationJourneyTest extends BrowserJourney {

    @Test
    void anAdministratorSeesTheClinicWorkflowAsADiagramAndChecksIt() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Workflows']")).click();

        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='clinic']")).click();
        WebElement diagram = browser.waitFor(By.cssSelector("#diagram svg"));
        List<String> texts = diagram.findElements(By.tagName("text")).stream().map(WebElement::getText).toList();
        assertThat(texts).contains("New inquiry", "Contacted", "Consultation scheduled", "Screening",
                "In treatment", "Follow-up", "Closed");

        browser.driver().findElement(By.id("validate")).click();
        browser.waitForDeepText("vaadin-notification-card", "No problems found.");
        browser.screenshot("workflows");
    }
}
