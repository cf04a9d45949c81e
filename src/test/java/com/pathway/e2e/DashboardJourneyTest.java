package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a browser: a manager finds it in the navigation, sees the charts drawn (not 0 px wide),
 * narrows the range, follows a funnel stage to the lead list filtered to it, and downloads a chart's CSV and picture.
 */
class DashboardJourneyTest extends BrowserJourney {

    @Test
    void aManagerNarrowsTheRangeFollowsAFunnelStageAndDownloadsTheCsv() throws Exception {
        browser.signIn("manager", PASSWORD);
        assertThat(browser.navigationTitles()).contains("Dashboard");
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Dashboard']")).click();
        browser.waitForUrl("dashboard");
        browser.waitFor(By.id("report-funnel"));
        WebElement chart = browser.waitFor(By.id("chart-funnel"));
        Browser.waiting(browser.driver(), Browser.PATIENCE)
                .until(d -> !chart.findElements(By.tagName("canvas")).isEmpty());
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        assertThat(chart.getDomAttribute("aria-label")).startsWith("Funnel by stage, people reached: Intake (New inquiry, Contacted) ");
        browser.settle();
        browser.screenshot("dashboard");

        LocalDate from = LocalDate.now().minusDays(30);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("const p = document.getElementById('dashboard-from'); p.value = arguments[0];"
                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", from.toString());
        browser.waitForUrl("from=" + from);
        browser.waitFor(By.id("report-funnel"));

        browser.driver().findElement(By.cssSelector("#table-funnel vaadin-details-summary")).click();
        WebElement stage = browser.waitFor(By.xpath("//*[@id='table-funnel']//a[normalize-space()='Consultation (Consultation scheduled, Consultation done)']"));
        stage.click();
        browser.waitForUrl("reached=consultation");
        assertThat(browser.driver().getCurrentUrl()).contains("leads").contains("from=" + from)
                .doesNotContain("stage=");
        browser.waitFor(By.tagName("vaadin-grid"));
        // The list says why it is narrowed, on a chip that removes the filter.
        assertThat(browser.waitFor(By.id("lead-reached")).getText()).contains("Reached Consultation");

        browser.driver().navigate().back();
        WebElement csv = browser.waitFor(By.id("csv-funnel"));
        String href = csv.getDomProperty("href");
        Object body = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('' + e));",
                href);
        assertThat(body.toString()).contains("Stage,People reached,From previous stage (%)").contains("\"Intake (New inquiry, Contacted)\",");

        // The chart's picture: the server asks the chart's element for it, through a function the pages' policy lets
        // the client build; the link it clicks is caught here, so that nothing is saved on this machine.
        js.executeScript("window.__pictures = []; HTMLAnchorElement.prototype.click = function () {"
                + " window.__pictures.push({name: this.download, data: this.href.substring(0, 22)}); };");
        browser.driver().findElement(By.id("png-funnel")).click();
        Browser.waiting(browser.driver(), Browser.PATIENCE)
                .until(d -> !((List<?>) js.executeScript("return window.__pictures;")).isEmpty());
        assertThat(js.executeScript("return window.__pictures[0];").toString())
                .contains("name=funnel-" + from + "-").contains(".png").contains("data=data:image/png;base64");
    }
}
