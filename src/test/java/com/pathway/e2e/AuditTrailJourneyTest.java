package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * An administrator opens the audit trail from a shared address (filtered by user), sees how many
 * entries match and opens one to read all its details.
 */
class AuditTrailJourneyTest extends BrowserJourney {

    @Test
    void anAdministratorOpensAFilteredTrailAndReadsAnEntry() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("main-nav"));

        browser.open("/admin/audit?user=admin");
        browser.waitForText(By.id("audit-count"), "entr");
        browser.waitFor(By.cssSelector("#audit-grid vaadin-grid-cell-content"));
        assertThat(browser.driver().findElement(By.id("audit-count")).getText()).matches("[0-9,]+ entr(y|ies)");
        shot("audit-trail");

        browser.driver().findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='admin']")).click();
        browser.waitFor(By.id("audit-entry-close"));
        shot("audit-trail-entry");
    }

    /** Under target/, for looking at the page; not a README screenshot. */
    private void shot(String name) throws Exception {
        Thread.sleep(800);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Path file = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
