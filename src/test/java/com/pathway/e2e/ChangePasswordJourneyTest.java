package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.pathway.security.Role;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * A coordinator whose password an administrator set signs in: only the change-password page opens (other
 * addresses lead back to it), a password with the product's name is refused on its field, their own password
 * opens Pathway, and the next sign-in goes straight home.
 */
class ChangePasswordJourneyTest extends BrowserJourney {

    private static final String GIVEN = "Given-by-admin-2026";
    private static final String OWN = "amber-kestrel-meadow";

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aPasswordAnAdministratorSetIsChangedBeforeAnythingElse() throws Exception {
        String username = "given-" + System.nanoTime() % 1_000_000;
        UserAccount account = new UserAccount(username, "Jordan Reyes", null, EnumSet.of(Role.INTAKE_COORDINATOR),
                encoder.encode(GIVEN), Instant.now());
        account.setPasswordByAdministrator(account.getPasswordHash(), Instant.now());
        accounts.save(account);

        browser.signIn(username, GIVEN);
        browser.waitForUrl("/change-password");
        browser.waitForText(By.id("change-password-reason"), "An administrator set your password");
        browser.open("/leads");
        browser.waitForUrl("/change-password");
        browser.waitFor(By.id("current-password"));
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();

        type("current-password", GIVEN);
        type("new-password", "pathway-lantern-9");
        type("repeat-password", "pathway-lantern-9");
        browser.waitFor(By.id("change-password")).click();
        browser.waitForDeepText("#new-password [slot=error-message]", "clinic's name");
        browser.screenshot("change-password-refused");

        type("new-password", OWN);
        type("repeat-password", OWN);
        browser.waitFor(By.id("change-password")).sendKeys(Keys.ENTER); // the keyboard submits as well
        browser.waitForText(By.id("home-greeting"), "Jordan Reyes");
        assertThat(browser.navigationTitles()).contains("Leads");
        assertThat(accounts.findByUsername(username).orElseThrow().isPasswordMustChange()).isFalse();

        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("/login");
        browser.signIn(username, OWN);
        browser.waitForText(By.id("home-greeting"), "Jordan Reyes");
    }

    private void type(String fieldId, String text) {
        var input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
