package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A signed-in user finds the API reference on Profile, beside their API tokens, and it shows Pathway's API. */
class ApiReferenceJourneyTest extends BrowserJourney {

    @Test
    void theApiReferenceIsLinkedFromProfileForSignedInUsersOnly() throws Exception {
        browser.open("/swagger-ui/index.html");
        browser.waitForUrl("/login");

        browser.signIn("intake", PASSWORD);
        browser.waitForUrl("/swagger-ui/index.html");

        browser.open("/");
        browser.waitFor(By.id("home-greeting"));
        String home = browser.driver().getWindowHandle();
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Profile']")).click();
        var link = browser.waitFor(By.id("api-reference-link"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> d.getWindowHandles().size() == 2);
        browser.driver().getWindowHandles().stream().filter(h -> !h.equals(home)).findFirst()
                .ifPresent(tab -> browser.driver().switchTo().window(tab));

        browser.waitForUrl("/swagger-ui/index.html");
        browser.waitForText(By.cssSelector(".swagger-ui .info .title"), "Pathway API");
        browser.waitFor(By.cssSelector(".swagger-ui .opblock-summary-path"));
        assertThat(browser.driver().findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
                .extracting(e -> e.getText().strip())
                .contains("/api/v1/me", "/api/v1/users");
        browser.screenshot("api-reference");
    }
}
