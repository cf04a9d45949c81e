package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An intake coordinator works without a mouse: signs in, finds a lead in the list and opens it,
 * contacts the person, assigns a clinician by typing part of a name and pressing Enter, opens the Close dialog (focus in its first field, Escape closes it), closes
 * the lead with the keyboard, and starts a new lead with the keyboard in its first field.
 */
class KeyboardJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    /** Whether the focused element is, or is inside, the element with {@code id} (across shadow roots). */
    private boolean focusIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                while (a) {
                  if (a.id === arguments[0]) return true;
                  a = a.parentElement || (a.getRootNode && a.getRootNode().host) || null;
                }
                return false;""", id));
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focus reaches the element with {@code id}. */
    private void tabTo(String id) {
        for (int i = 0; i < 60 && !focusIn(id); i++) {
            press(Keys.TAB);
        }
        assertThat(focusIn(id)).as("Tab reaches #" + id).isTrue();
    }

    private void waitForFocusIn(String id) {
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> focusIn(id));
    }

    @Test
    void aCoordinatorFindsOpensContactsAndClosesALeadAndStartsANewOneWithTheKeyboardOnly() throws Exception {
        String lastName = "Keyboard" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "Tove", "lastName": "%s", "phone": "(202) 555-%d", "source": "PHONE"}"""
                .formatted(lastName, 1000 + (int) (Math.random() * 8999)), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        browser.open("/login");
        browser.waitFor(By.cssSelector("input[name=username]")).sendKeys("intake", Keys.TAB);
        press(PASSWORD, Keys.ENTER);
        browser.waitFor(By.id("main-nav"));

        // the lead list: search, then into the grid and Enter on the row
        browser.open("/leads");
        browser.waitFor(By.cssSelector("#lead-search input"));
        tabTo("lead-search");
        press(lastName, Keys.ENTER);
        browser.waitForUrl("search=");
        browser.waitForText(By.id("leads-grid"), key);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(lastName);
        tabTo("leads-grid");
        // Tab enters the grid on its header row, the next Tab on its first row; Enter opens that lead
        press(Keys.TAB, Keys.ENTER);
        browser.waitForUrl("/leads/" + key);
        browser.waitForText(By.id("lead-title"), key);

        // the lead page: Contact asks for the call's outcome (optional) in its dialog; Tab to its button, Enter
        tabTo("transition-contact");
        press(Keys.ENTER);
        browser.waitFor(By.id("screen-confirm"));
        tabTo("screen-confirm");
        press(Keys.ENTER);
        browser.waitForText(By.id("lead-status"), "Contacted");

        // a combo box picks its first match on Enter: part of a name is enough; a name nobody has is refused there
        tabTo("change-clinician");
        press(Keys.ENTER);
        waitForFocusIn("picker-clinician");
        press("zzq", Keys.ENTER);
        browser.waitForText(By.id("picker-clinician"), "Nothing in the list matches");
        press(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "casey", Keys.ENTER);
        Browser.waiting(browser.driver(), Browser.PATIENCE).withMessage(() -> "the picker shows " + ((JavascriptExecutor)
                browser.driver()).executeScript("const c = document.querySelector('#picker-clinician');"
                        + " return [c.querySelector('input').value, c.value, c.invalid, c.errorMessage].join(' | ')"))
                .until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return document.querySelector('#picker-clinician input').value")).equals("Dr. Casey Clinician"));
        tabTo("save-clinician");
        press(Keys.ENTER);
        browser.waitForText(By.id("assignee-clinician"), "Dr. Casey Clinician");

        // a transition dialog: focus in its first field, Escape closes it
        tabTo("transition-close");
        press(Keys.ENTER);
        browser.waitFor(By.id("screen-confirm"));
        waitForFocusIn("screen-resolution");
        browser.checkAccessibility();
        press(Keys.ESCAPE);
        Browser.waiting(browser.driver(), Browser.PATIENCE)
                .until(d -> d.findElements(By.id("screen-confirm")).isEmpty());

        // again: choose a resolution with the arrow keys, write a two-line comment, confirm from its button
        tabTo("transition-close");
        press(Keys.ENTER);
        waitForFocusIn("screen-resolution");
        press(Keys.ARROW_DOWN);
        browser.waitFor(By.cssSelector("vaadin-select-item"));
        press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        press(Keys.ENTER);
        Browser.waiting(browser.driver(), Browser.PATIENCE).until(d -> String.valueOf(
                ((JavascriptExecutor) d).executeScript("return document.querySelector("
                        + "'#screen-resolution vaadin-select-value-button').innerText")).contains("Lost contact"));
        assertThat(browser.driver().findElements(By.id("screen-confirm"))).as("choosing an option keeps the dialog")
                .isNotEmpty();
        tabTo("screen-comment");
        press("Called three times.", Keys.ENTER, "No answer.");
        assertThat(browser.driver().findElements(By.id("screen-confirm"))).as("Enter in a text area is a new line")
                .isNotEmpty();
        tabTo("screen-confirm");
        press(Keys.ENTER);
        browser.waitForText(By.id("lead-status"), "Closed");

        // the new lead form starts with the keyboard in its first field
        browser.open("/leads/new");
        browser.waitFor(By.cssSelector("#lead-firstName input"));
        waitForFocusIn("lead-firstName");
    }
}
