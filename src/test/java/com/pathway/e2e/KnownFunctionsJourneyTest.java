package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The page's own script (scripts/known-functions.js) under the real policy in Chromium: a listed function is built,
 * Flow's answered form of listed code is run from it and passes on its result or its error, and anything else is
 * refused by the browser and recorded.
 */
class KnownFunctionsJourneyTest extends BrowserJourney {

    /** Flow's wrapper of code whose answer the server waits for, as its UidlWriter sends it. */
    private static final String ANSWERED = "const wrap = (code, ok, failed) => 'try{Promise.resolve((async function(){'"
            + " + code + '})()).then(' + ok + ',function(error){' + failed + '(\\'\\'+error)})}catch(error){' + failed"
            + " + '(\\'\\'+error)}';";

    @Test
    void listedCodeRunsAsItIsAndInFlowsAnsweredFormAndOtherCodeIsRefused() {
        browser.open("/login");
        browser.waitFor(By.cssSelector("input[name=username]"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();

        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js.executeAsyncScript(ANSWERED + """
                const done = arguments[arguments.length - 1];
                // run as the page's own code: DevTools lets the code it evaluates itself build anything
                setTimeout(() => {
                  const seen = {};
                  // listed: ["$0", "return $0.focus()"]
                  seen.plain = new Function('$0', 'return $0.focus()')({focus: () => 'focused'});
                  const answered = new Function('$0', '$1', '$2', wrap('return $0.focus()', '$1', '$2'));
                  const answer = new Promise((resolve) => answered({focus: () => 'answered'}, resolve,
                      (error) => resolve('failed: ' + error)));
                  const error = new Promise((resolve) => answered({}, (value) => resolve('answered: ' + value),
                      resolve));
                  // the browser reports the refusal after the call; the page's script records it first
                  const reported = new Promise((resolve) => {
                    document.addEventListener('securitypolicyviolation', () => setTimeout(resolve, 0), {once: true});
                    setTimeout(resolve, 2000);
                  });
                  try {
                    new Function('$0', '$1', '$2', wrap('return $0.blur()', '$1', '$2'));
                    seen.other = 'built';
                  } catch (e) {
                    seen.other = e.name;
                  }
                  Promise.all([answer, error, reported]).then(([a, e]) => {
                    seen.answer = a;
                    seen.error = e;
                    seen.recorded = sessionStorage.getItem('pathway.unknownFunctions');
                    // what this test asked for on purpose is not a finding of the journey's check
                    sessionStorage.removeItem('pathway.unknownFunctions');
                    done(seen);
                  });
                }, 0);""");

        assertThat(seen.get("plain")).isEqualTo("focused");
        assertThat(seen.get("answer")).isEqualTo("answered");
        assertThat(String.valueOf(seen.get("error"))).startsWith("TypeError").contains("focus");
        assertThat(seen.get("other")).as("refused by the policy").isEqualTo("EvalError");
        assertThat(String.valueOf(seen.get("recorded"))).contains("return $0.blur()").contains("\"kind\":\"policy\"");
    }
}
