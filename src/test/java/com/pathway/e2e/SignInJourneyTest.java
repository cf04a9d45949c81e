package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Each role signs in, sees only its own navigation, and signs out; a wrong password is explained. */
class SignInJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "{0} sees {2}")
    @CsvSource(delimiter = ';', value = {
            "admin;Alex Admin;Home|Work items|Dashboard|Profile|Users|Workflows|Board settings|Business hours|Clinical forms|"
                    + "Treatment lists|Audit trail|Webhooks|E-mail templates|E-mail outbox|Web inquiries",
            "manager;Morgan Manager;Home|Board|Leads|Dashboard|Profile",
            "intake;Isabel Intake;Home|Board|Leads|Import leads|Profile",
            "clinician;Dr. Casey Clinician;Home|My patients|Board|Leads|Profile"})
    void eachRoleSeesOnlyItsNavigationAndCanSignOut(String username, String name, String navigation) {
        browser.signIn(username, PASSWORD);

        browser.waitForText(By.id("signed-in-user"), name);
        browser.waitForText(By.id("home-greeting"), "Welcome, " + name);
        assertThat(browser.navigationTitles()).containsExactly(navigation.split("\\|"));

        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitForUrl("/login");
        browser.waitForText(By.id("login-notice"), "You have signed out.");
        browser.open("/");
        browser.waitFor(By.cssSelector("input[name=username]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() {
        browser.signIn("intake", "not-the-password");

        browser.waitForUrl("/login?error");
        browser.waitForDeepText("[part=error-message]", "Could not sign you in");
        assertThat(browser.driver().findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void aNonAdministratorCannotOpenTheUsersPageByItsAddress() {
        browser.signIn("manager", PASSWORD);
        browser.waitFor(By.id("home-greeting"));

        browser.open("/admin/users");

        assertThat(browser.driver().findElements(By.id("users-grid"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("users-grid");
    }

    /** Vaadin's page bootstrap answers these addresses; it must keep the headers the security chain sets. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/login", "/login?error", "/", "/leads/P-1"})
    void pagesAsServedCarryTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        // the functions Vaadin's client builds are listed before it loads (scripts/known-functions.js)
        assertThat(page.body()).containsPattern("<head>\\s*<script src=\"/scripts/known-functions.js\"></script>"
                + "\\s*<script src=\"/scripts/known-functions-list.js\"></script>");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    /** The sign-in page needs them before anyone has signed in. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/scripts/known-functions.js, window.Function = KnownFunction",
            "/scripts/known-functions-list.js, $pathwayKnown("})
    void theScriptsThatListTheFunctionsAreServedToAnyone(String path, String content) throws Exception {
        HttpResponse<String> script = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(script.body()).contains(content);
    }

    @Test
    void screenshotsForTheReadme() throws Exception {
        browser.open("/login");
        browser.waitFor(By.cssSelector("input[name=username]"));
        browser.screenshot("login");

        browser.signIn("admin", PASSWORD);
        browser.waitFor(By.id("home-greeting"));
        List<String> nav = browser.navigationTitles();
        assertThat(nav).contains("Users");
        browser.screenshot("home-admin");
    }
}
