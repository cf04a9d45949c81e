package com.pathway.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: the driver
 * path is given explicitly, so Selenium Manager never runs. A missing browser fails the test with
 * what to install.
 *
 * <p>Every page a journey visits is checked with axe-core ({@link Axe}): the first time a wait succeeds
 * on a new address, and before every screenshot (which also catches dialogs). A serious or critical
 * WCAG 2.1 AA violation fails the journey where it was found.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("pathway.test.chrome.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    /**
     * How long to wait for the page: generous, because the first page of a freshly started application
     * on a busy two-core machine can take half a minute; a passing step returns as soon as it can.
     */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    /**
     * How often a wait looks again. Selenium's default of half a second adds a quarter of a second on
     * average to every step that waits for the server; the page is asked often enough here for a step
     * to go on as soon as it can.
     */
    static final Duration POLL = Duration.ofMillis(40);

    /**
     * A wait that looks every {@link #POLL} and takes an element Vaadin replaced while it was being read
     * as "not yet", as it takes one not there yet.
     */
    static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private final ChromeDriver driver;
    private final String baseUrl;
    /** The address last checked for accessibility; a wait on another one checks again. */
    private String checkedUrl;

    Browser(int port) throws IOException {
        driver = Chromiums.take();
        baseUrl = "http://localhost:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By by) {
        WebElement found = Browser.waiting(driver, PATIENCE).until(d -> shown(d, by));
        checkNewPage();
        return found;
    }

    /**
     * Clicks the element once displayed and once nothing lies over it: a click that another element took (a
     * notification still shown, or a page still laying out below it as Vaadin renders) is tried again, as a person
     * would click again once it had gone, until {@link #PATIENCE} has passed.
     */
    void click(By by) {
        Browser.waiting(driver, PATIENCE).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = shown(d, by);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
        checkNewPage();
    }

    /**
     * The first element found, once displayed. It is scrolled into view first: a page keeps its scroll
     * position in the app's scrolling content area, and an element scrolled out of that area counts as
     * not displayed.
     */
    private static WebElement shown(WebDriver d, By by) {
        java.util.List<WebElement> all = d.findElements(by);
        if (all.isEmpty()) {
            return null;
        }
        WebElement element = all.getFirst();
        try {
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "arguments[0].scrollIntoView({block: 'nearest'});", element);
            return element.isDisplayed() ? element : null;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    void waitForText(By by, String text) {
        Browser.waiting(driver, PATIENCE).until(d -> {
            WebElement element = shown(d, by);
            try {
                return element != null && element.getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        checkNewPage();
    }

    void waitForUrl(String fragment) {
        Browser.waiting(driver, PATIENCE).until(ExpectedConditions.urlContains(fragment));
    }

    /** Runs axe-core on the page when its address has not been checked yet. */
    private void checkNewPage() {
        if (!driver.getCurrentUrl().equals(checkedUrl)) {
            checkAccessibility();
        }
    }

    /**
     * Fails with a list of the serious and critical WCAG 2.1 AA violations on the page as it is now,
     * once Vaadin (if on the page) has finished rendering.
     */
    void checkAccessibility() {
        checkedUrl = driver.getCurrentUrl();
        if (AxeFindings.checks(checkedUrl)) {
            waitUntilIdle();
            Axe.check(driver);
        }
    }

    private void waitUntilIdle() {
        Browser.waiting(driver, PATIENCE).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    void signIn(String username, String password) {
        open("/login");
        // The form may be drawn again while it is filled in (a slow first load, a session that ended meanwhile):
        // fill it in again from the start until the button is clicked on the form as it stands.
        waiting(driver, PATIENCE).until(d -> {
            try {
                WebElement user = d.findElement(By.cssSelector("input[name=username]"));
                WebElement pass = d.findElement(By.cssSelector("input[name=password]"));
                user.clear();
                user.sendKeys(username);
                pass.clear();
                pass.sendKeys(password);
                d.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    /**
     * The visible text of the first element matching {@code selector}, searching inside shadow roots
     * too (Vaadin components render parts such as error messages there); empty when hidden or absent.
     */
    String deepText(String selector) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const find = (root, sel) => {
                  const hit = root.querySelector(sel);
                  if (hit) return hit;
                  for (const el of root.querySelectorAll('*')) {
                    if (el.shadowRoot) { const deep = find(el.shadowRoot, sel); if (deep) return deep; }
                  }
                  return null;
                };
                const el = find(document, arguments[0]);
                return el && el.offsetParent !== null ? el.innerText : '';
                """, selector);
        return text == null ? "" : text.toString();
    }

    void waitForDeepText(String selector, String text) {
        Browser.waiting(driver, PATIENCE).until(d -> deepText(selector).contains(text));
        checkNewPage();
    }

    List<String> navigationTitles() {
        waitFor(By.id("main-nav"));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /**
     * Before a screenshot: moves the pointer off any button (no tooltip) and closes the
     * notifications of the last action.
     */
    void settle() {
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(By.tagName("h2")))
                .perform();
        // Closed as a person would close them, rather than waited out (a success stays four seconds).
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
        Browser.waiting(driver, PATIENCE).until(d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
    }

    /**
     * Saves a screenshot under target/docs/screenshots (docs/update copies them where the README shows them),
     * once Vaadin (if on the page) has finished rendering.
     */
    void screenshot(String name) throws IOException {
        String dir = System.getProperty("pathway.screenshot.dir");
        if (dir == null) {
            checkAccessibility();
            return;
        }
        screenshotTo(Path.of(dir), name);
    }

    /**
     * Saves a screenshot in the given folder (under target/ for a check by eye, not for the README),
     * after checking the page as shown for accessibility.
     */
    void screenshotTo(Path dir, String name) throws IOException {
        checkAccessibility();
        Path target = dir.resolve(name + ".png");
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Hands the browser back for the next journey with nothing of this one left in it: no cookies, no
     * stored data for this application, one fresh tab. What it keeps is its cache of the application's
     * scripts, as anyone's browser does.
     */
    @Override
    public void close() {
        try {
            KnownFunctions.check(driver);
        } finally {
            Chromiums.giveBack(driver, baseUrl);
        }
    }
}
