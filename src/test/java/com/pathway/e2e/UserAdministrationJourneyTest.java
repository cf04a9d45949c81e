package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator creates a user in the browser; that user signs in, replaces the password the administrator
 * set, and sees only their own pages.
 */
class UserAdministrationJourneyTest extends BrowserJourney {

    static final String NEW_PASSWORD = "Nurse-on-duty-2026";
    static final String OWN_PASSWORD = "copper-heron-orchard";

    @Test
    void anAdministratorCreatesAUserWhoThenSignsIn() throws Exception {
        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("home-greeting"));
        browser.open("/admin/users");
        browser.waitFor(By.id("users-grid"));

        browser.waitFor(By.id("new-user")).click();
        browser.waitFor(By.cssSelector("#user-username input")).sendKeys("nora");
        browser.driver().findElement(By.cssSelector("#user-display-name input")).sendKeys("Nora Nurse");
        browser.driver()
                .findElement(By.xpath("//*[@id='user-roles']//vaadin-checkbox[normalize-space(.)='Clinician']/label"))
                .click();
        browser.driver().findElement(By.cssSelector("#user-password input")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("user-save")).click();

        browser.waitForText(By.id("users-grid"), "Nora Nurse");
        Browser.waiting(browser.driver(), Browser.PATIENCE)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-save")));

        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("/login");
        browser.signIn("nora", NEW_PASSWORD);
        // a password an administrator set is replaced by the user's own before anything else
        browser.waitForUrl("/change-password");
        type("current-password", NEW_PASSWORD);
        type("new-password", OWN_PASSWORD);
        type("repeat-password", OWN_PASSWORD);
        browser.waitFor(By.id("change-password")).click();
        browser.waitForText(By.id("home-greeting"), "Welcome, Nora Nurse");
        assertThat(browser.navigationTitles()).containsExactly("Home", "My patients", "Board", "Leads", "Profile");
    }

    private void type(String fieldId, String text) {
        var input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
