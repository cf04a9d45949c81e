package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.pathway.security.Role;
import com.pathway.security.internal.Totp;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * A clinician sets up two-factor sign-in from Profile with the key an authenticator app would read, signs
 * out, and signs in again: after the password only the second step opens (a plain page, used with the keyboard
 * alone), a wrong code is explained, and a code computed from the enrolled key completes the sign-in on the page
 * asked for meanwhile. The code page also offers a recovery code and a way back.
 */
class TwoFactorJourneyTest extends BrowserJourney {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    @Test
    void setUpFromProfileThenSignInWithACodeFromTheEnrolledKey() throws Exception {
        String username = "totp-" + System.nanoTime() % 1_000_000;
        accounts.save(new UserAccount(username, "Robin Okafor", null, EnumSet.of(Role.CLINICIAN),
                encoder.encode(PASSWORD), Instant.now()));
        browser.signIn(username, PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        browser.open("/profile");
        click("two-factor-set-up");
        String secret = browser.waitFor(By.id("two-factor-key")).getText().replace(" ", "");
        browser.waitFor(By.id("two-factor-qr"));
        browser.screenshot("profile-two-factor-setup");
        long enrolledStep = Totp.step(clock.instant());
        type("two-factor-setup-code", Totp.code(secret, enrolledStep));
        click("two-factor-confirm");
        browser.waitFor(By.id("two-factor-recovery-codes"));
        assertThat(browser.driver().findElements(By.cssSelector("#two-factor-recovery-codes li"))).hasSize(10);
        click("two-factor-codes-saved");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const p = document.getElementById('two-factor-state'); return p && p.textContent;"))
                        .startsWith("On since"));

        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("/login");
        browser.signIn(username, PASSWORD);
        browser.waitForUrl("/two-factor");
        browser.waitFor(By.id("two-factor-code"));
        browser.open("/leads");
        browser.waitForUrl("/two-factor");
        WebElement field = browser.waitFor(By.id("two-factor-code"));
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
        // A plain page: the field has the focus as it opens, and the keyboard alone gives the code.
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(field);
        assertThat(field.getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(browser.driver().findElement(By.cssSelector("label[for=two-factor-code]")).getText()).isEqualTo("Code");

        field.sendKeys("12345", Keys.ENTER);
        browser.waitForText(By.id("two-factor-alert"), "That code did not work.");
        assertThat(browser.driver().findElement(By.id("two-factor-alert")).getAttribute("role")).isEqualTo("alert");
        browser.screenshot("two-factor-sign-in");
        browser.screenshotTo(java.nio.file.Path.of("target/screens"), "two-factor-wrong-code");

        // A code is accepted once: the next step's code (the app's next one) signs in, on the page asked for.
        long step = Math.max(Totp.step(clock.instant()), enrolledStep + 1);
        browser.driver().findElement(By.id("two-factor-code")).sendKeys(Totp.code(secret, step), Keys.ENTER);
        try {
            browser.waitFor(By.id("main-nav"));
            browser.waitForUrl("/leads");
        } catch (RuntimeException e) {
            browser.screenshotTo(java.nio.file.Path.of("target/debug"), "two-factor-after-verify");
            throw e;
        }
        assertThat(browser.navigationTitles()).contains("Leads");
    }

    @Test
    void theCodePageOffersARecoveryCodeAndAWayBack() throws Exception {
        String username = "totp-back-" + System.nanoTime() % 1_000_000;
        UserAccount user = new UserAccount(username, "Sam Lindqvist", null, EnumSet.of(Role.CLINICIAN),
                encoder.encode(PASSWORD), Instant.now());
        user.enableTwoFactor(Totp.newSecret(), Totp.step(clock.instant()), clock.instant());
        accounts.save(user);
        browser.signIn(username, PASSWORD);
        browser.waitFor(By.id("two-factor-code"));

        browser.driver().findElement(By.id("two-factor-use-recovery")).click();
        browser.waitForText(By.cssSelector("label[for=two-factor-code]"), "Recovery code");
        browser.screenshotTo(java.nio.file.Path.of("target/screens"), "two-factor-recovery");
        browser.driver().findElement(By.id("two-factor-sign-out")).click();
        browser.waitForUrl("/login");
        browser.open("/leads");
        browser.waitForUrl("/login");
    }

    /** Clicks a button that may sit below the fold of the 1280×800 window. */
    private void click(String id) {
        var button = browser.waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void type(String fieldId, String text) {
        var input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
