package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator opens the clinic workflow: its diagram fits its space and zooms and pans (buttons
 * and keys), the checker finds it sound, "New draft" is the primary action of the published version,
 * and a transition opens in a side panel whose rules are chosen by name with a form each.
 */
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

        WebElement canvas = browser.driver().findElement(By.id("diagram"));
        assertThat(canvas.getAttribute("data-scale")).isEqualTo("1.00");
        String fitted = diagram.getDomAttribute("viewBox");
        assertThat(box(fitted)).containsExactly(box(diagram.getDomAttribute("data-box")),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(diagram.getSize().getWidth()).isLessThanOrEqualTo(canvas.getSize().getWidth());
        browser.driver().findElement(By.id("diagram-zoom-in")).click();
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> "1.20".equals(canvas.getAttribute("data-scale")));
        canvas.sendKeys(Keys.ARROW_RIGHT, "+");
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> "1.44".equals(canvas.getAttribute("data-scale")));
        assertThat(diagram.getDomAttribute("viewBox")).isNotEqualTo(fitted);
        canvas.sendKeys("0");
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> fitted.equals(diagram.getDomAttribute("viewBox")));

        assertThat(browser.driver().findElement(By.id("new-draft")).getAttribute("theme")).contains("primary");
        assertThat(browser.driver().findElements(By.id("save-draft"))).noneMatch(WebElement::isDisplayed);

        browser.driver().findElement(By.id("validate")).click();
        browser.waitForDeepText("vaadin-notification-card", "No problems found.");
        browser.screenshot("workflows");

        WebElement edit = browser.driver().findElement(By.id("edit-transition-Close"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", edit);
        edit.click();
        browser.waitFor(By.id("transition-panel"));
        assertThat(browser.driver().findElements(By.tagName("vaadin-dialog"))).isEmpty();
        List<String> rules = browser.driver().findElements(By.cssSelector("#transition-panel .rule-choice"))
                .stream().map(WebElement::getText).toList();
        assertThat(String.join(" | ", rules)).contains("Role", "Required field", "Resolutions only some roles may give");
        WebElement conditions = browser.driver().findElement(By.cssSelector("#transition-panel .rule-choice"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                conditions);
        browser.settle();
        browser.screenshotTo(java.nio.file.Path.of("target", "screenshots"), "workflow-transition-panel");
    }

    private static double[] box(String viewBox) {
        return java.util.Arrays.stream(viewBox.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
