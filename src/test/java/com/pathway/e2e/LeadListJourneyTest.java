package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A coordinator on the phone works the lead list at 1280 px: key, status, phone and name are never cut
 * off, Enter opens the focused row, two selected leads are closed at once after a confirmation that
 * says what changes, and an empty result offers to clear the filters.
 */
class LeadListJourneyTest extends BrowserJourney {

    private static final String INTAKE_TOKEN = "intake:pwt_demo_intake_000000000000000003";

    private String create(String first, String last, String phone) throws Exception {
        HttpResponse<String> created = api(INTAKE_TOKEN, "POST", "/api/v1/leads", """
                {"firstName": "%s", "lastName": "%s", "phone": "%s", "source": "PHONE",
                 "message": "Asked whether the clinic takes referrals from a GP."}""".formatted(first, last, phone),
                null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private String status(String key) throws Exception {
        return api(INTAKE_TOKEN, "GET", "/api/v1/leads/" + key, null, null).body()
                .replaceAll("(?s).*\"status\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** The text of every grid cell holding one of these elements whose content is wider than the cell shows. */
    @SuppressWarnings("unchecked")
    private List<String> cutOff() {
        return (List<String>) js("""
                const cut = [];
                for (const el of document.querySelectorAll('#leads-grid .lead-key-link, #leads-grid .lead-phone,'
                    + ' #leads-grid .lead-name, #leads-grid vaadin-grid-cell-content > span[theme~="badge"]')) {
                  const cell = el.closest('vaadin-grid-cell-content');
                  if (el.scrollWidth > el.clientWidth + 1 || cell.scrollWidth > cell.clientWidth + 1) cut.push(el.textContent);
                }
                return cut;
                """);
    }

    @Test
    void aCoordinatorReadsWholeRowsOpensOneWithEnterAndClosesTwoAtOnce() throws Exception {
        String last = "Montgomery-Featherstonehaugh" + UUID.randomUUID().toString().substring(0, 4);
        String phone = "(202) 555-0" + (100 + (int) (Math.random() * 99));
        String first = create("Maximiliana Josephine", last, phone);
        String second = create("Robin", last, "(202) 555-0" + (100 + (int) (Math.random() * 99)));
        String third = create("Sam", last, "(202) 555-0" + (100 + (int) (Math.random() * 99)));

        browser.signIn("intake", PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/leads?q=" + last);
        browser.waitFor(By.linkText(first));
        browser.waitForText(By.id("leads-count"), "of 3");
        browser.settle();
        assertThat(cutOff()).as("key, status, phone and name are whole").isEmpty();
        browser.screenshot("lead-list");
        WebElement call = browser.driver().findElement(By.cssSelector("#leads-grid a.lead-phone"));
        assertThat(call.getAttribute("href")).startsWith("tel:+1202555");
        assertThat(browser.driver().findElement(By.linkText(first)).getAttribute("href")).endsWith("/leads/" + first);

        // The whole list, as a coordinator opens it, also shows every key, status, phone and name whole.
        browser.open("/leads");
        browser.waitFor(By.cssSelector("#leads-grid .lead-key-link"));
        browser.settle();
        assertThat(cutOff()).isEmpty();
        browser.screenshot("lead-list-all");

        // Columns with the keyboard: Enter on the button opens its menu with the focus in it; Enter on a column shows
        // it and puts it in the address; Escape closes the menu and gives the focus back to the button.
        browser.open("/leads?q=" + last);
        browser.waitForUrl("search=");
        browser.waitForText(By.id("leads-count"), "of 3");
        js("document.getElementById('leads-columns').focus()");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitFor(By.xpath("//vaadin-context-menu-item[normalize-space(.)='E-mail']"));
        Browser.waiting(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> "vaadin-context-menu-item"
                .equals(js("return document.activeElement && document.activeElement.localName")));
        browser.settle();
        browser.screenshot("lead-list-columns");
        for (int i = 0; i < 20 && !"E-mail".equals(js("return document.activeElement.textContent.trim()")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).pause(100).perform();
        }
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForUrl("email");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='E-mail']"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitFor(By.xpath("//vaadin-context-menu-item[normalize-space(.)='E-mail']"));
        assertThat(js("return [...document.querySelectorAll('vaadin-context-menu-item')]"
                + ".find(i => i.textContent.trim() === 'E-mail').hasAttribute('menu-item-checked')")).isEqualTo(true);
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        Browser.waiting(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> "leads-columns".equals(js("return document.activeElement && document.activeElement.id")));

        // Enter opens the focused row: focus a header cell without sorting, Tab into the first row, press Enter.
        browser.open("/leads?q=" + last + "&sort=lastName,asc");
        browser.waitFor(By.linkText(first));
        browser.driver().findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Days in status']")).click();
        new Actions(browser.driver()).sendKeys(Keys.TAB).pause(300).sendKeys(Keys.ENTER).perform();
        browser.waitForUrl("/leads/PW-");
        browser.waitFor(By.id("lead-message"));
        assertThat(browser.driver().findElement(By.id("lead-message")).getText())
                .contains("Asked whether the clinic takes referrals");
        browser.screenshot("lead-page-message");

        // Select two rows and close them as Lost contact.
        browser.open("/leads?q=" + last + "&sort=lastName,asc");
        browser.waitFor(By.linkText(first));
        selectRow(second);
        selectRow(third);
        browser.waitForText(By.id("lead-selection-count"), "2 selected");
        browser.driver().findElement(By.id("selection-close")).click();
        browser.waitFor(By.id("bulk-close-resolution")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Lost contact']")).click();
        browser.waitForText(By.id("bulk-close-summary"), "Close 2 leads as Lost contact.");
        assertThat(status(second)).as("nothing changes before the confirmation").isEqualTo("New inquiry");
        browser.screenshot("lead-list-bulk-close");
        browser.driver().findElement(By.id("bulk-close-confirm")).click();
        browser.waitForText(By.id("leads-grid"), "Lost contact");
        assertThat(status(second)).isEqualTo("Closed");
        assertThat(status(third)).isEqualTo("Closed");
        assertThat(status(first)).isEqualTo("New inquiry");

        // Nothing matches: the list offers to clear the filters.
        browser.open("/leads?q=" + last + "&status=Screening");
        browser.waitFor(By.id("leads-clear-filters"));
        browser.settle();
        browser.screenshot("lead-list-empty");
        browser.driver().findElement(By.id("leads-clear-filters")).click();
        browser.waitFor(By.cssSelector("#leads-grid .lead-key-link"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/leads");
    }

    /** Ticks the selection checkbox of the row with this key. */
    private void selectRow(String key) {
        js("""
                const grid = document.getElementById('leads-grid');
                const link = [...grid.querySelectorAll('.lead-key-link')].find(a => a.textContent === arguments[0]);
                const slot = link.closest('vaadin-grid-cell-content').assignedSlot;
                const row = slot.closest('tr');
                const box = [...row.querySelectorAll('slot')].map(s => s.assignedElements()[0])
                    .map(c => c && c.querySelector('vaadin-checkbox')).find(c => c);
                box.click();
                """, key);
    }
}
