package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * The intake coordinator imports the example file of docs/: the columns are guessed, two rows have
 * errors, two are possible duplicates (one of a web inquiry already stored, one of an earlier row),
 * and the three others become leads.
 */
class LeadImportJourneyTest extends BrowserJourney {

    static final Path EXAMPLE = Path.of("docs/lead-import-example.csv");
    static final Path STEPS = Path.of("target/screenshots/lead-import");

    @Test
    void anIntakeCoordinatorImportsTheExampleFile() throws Exception {
        HttpResponse<String> inquiry = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/inquiries"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Jordan", "lastName": "Pike", "email": "jordan.pike@example.org",
                         "consent": {"contact": true, "privacyNotice": true}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inquiry.statusCode()).as(inquiry.body()).isEqualTo(201);

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Import leads']")).click();
        browser.waitFor(By.id("import-upload"));
        step("1-upload");

        fileInput().sendKeys(EXAMPLE.toAbsolutePath().toString());
        browser.waitFor(By.id("column-9"));
        browser.waitForDeepText("vaadin-select#column-8", "Consent to be contacted");
        step("2-mapping");

        click(browser.driver().findElement(By.id("import-check")));
        browser.waitForText(By.id("import-summary"), "7 rows: 3 leads will be imported, 2 rows have errors,"
                + " 2 possible duplicates are left out unless you tick the box.");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Possible duplicate of PW-')]"));
        browser.screenshot("lead-import");
        step("3-preview");

        WebElement start = browser.driver().findElement(By.id("import-start"));
        assertThat(start.getText()).isEqualTo("Import 3 leads");
        click(start);
        browser.waitForText(By.id("import-done"), "Imported 3 leads into \"New inquiry\"");
        assertThat(browser.driver().findElement(By.id("import-done")).getText())
                .endsWith("2 rows had errors and 2 possible duplicates were left out.");
        step("4-done");
    }

    /** Scrolls the element into view first: the page scrolls inside the layout, below the window's fold. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The upload's file input, wherever the component keeps it. */
    private WebElement fileInput() {
        return (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("""
                const upload = document.querySelector('#import-upload');
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                """);
    }

    private void step(String name) throws IOException {
        Files.createDirectories(STEPS);
        Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, STEPS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
