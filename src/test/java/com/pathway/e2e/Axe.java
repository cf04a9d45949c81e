package com.pathway.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (npm's {@code axe.min.js}, carried by the {@code com.deque.html.axe-core:selenium}
 * test jar) in the page and fails with a readable list of its serious and critical WCAG 2.1 AA
 * violations ({@link AxeFindings}).
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath: the dependency "
                        + "com.deque.html.axe-core:selenium carries it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the page as it is now; throws {@link AssertionError} listing what fails. */
    static void check(WebDriver driver) {
        List<AxeFindings.Violation> failing = AxeFindings.failing(violations(driver));
        // A fade that began while axe ran (a notification closing) reads as low contrast: a real finding
        // stays when the page is asked again, a half-faded one does not.
        for (int again = 0; again < 2 && !failing.isEmpty(); again++) {
            failing = AxeFindings.failing(violations(driver));
        }
        String collect = System.getProperty("pathway.axe.collect");
        if (!failing.isEmpty() && collect != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(collect),
                        AxeFindings.describe(driver.getCurrentUrl(), failing) + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (!failing.isEmpty()) {
            throw new AssertionError(AxeFindings.describe(driver.getCurrentUrl(), failing));
        }
    }

    @SuppressWarnings("unchecked")
    static List<AxeFindings.Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Colours are read as they end up, not half-way through a fade (a notification opening).
                const finite = document.getAnimations().filter(a => a.effect
                    && a.effect.getComputedTiming().iterations !== Infinity);
                Promise.race([Promise.all(finite.map(a => a.finished.catch(() => null))),
                               new Promise(r => setTimeout(r, 2000))])
                  .then(() => axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                                                 resultTypes: ['violations']}))
                  .then(r => done(r.violations.map(v => ({
                      rule: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                      nodes: v.nodes.map(n => ({
                          // an element found by its id is named with its tag too ("vaadin-context-menu-item#x")
                          target: ((/^#/.test(String(n.target[0])) && (/^<([a-z0-9-]+)/.exec(n.html || '') || [])[1])
                                   || '') + n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '),
                          summary: n.failureSummary || ''}))}))))
                  .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), helpUrl: '',
                      nodes: [{target: 'document', summary: ''}]}]));
                """, AxeFindings.TAGS);
        return ((List<Map<String, Object>>) result).stream().map(v -> new AxeFindings.Violation(
                (String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), (String) v.get("helpUrl"),
                ((List<Map<String, Object>>) v.get("nodes")).stream()
                        .map(n -> new AxeFindings.Node((String) n.get("target"), (String) n.get("summary"))).toList()))
                .toList();
    }
}
