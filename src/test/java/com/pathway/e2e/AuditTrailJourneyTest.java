package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
        browser.screenshotTo(Path.of("target", "screenshots"), name);
    }
}
