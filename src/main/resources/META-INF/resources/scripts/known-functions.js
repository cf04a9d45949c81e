/*
 * Pathway's pages run without eval: their Content-Security-Policy leaves 'unsafe-eval' out of script-src.
 *
 * Vaadin's client runs the JavaScript the server sends (a component's executeJs, the data and filters of DOM
 * events, its own helpers) by building a function from text, `new Function(parameters..., code)`, which such a
 * policy refuses. This script, loaded before the client, replaces window.Function with a look-up in the functions
 * listed in known-functions-list.js, written out ahead for every such text Pathway's pages send (Vaadin's
 * documented way to run Flow under a strict policy). A text not in the list is not run from here: it is recorded
 * (for the browser tests, which fail on it and print the line that would add it) and handed to the browser's own
 * Function, which the policy refuses, so the browser reports it as a violation of the policy.
 */
(function () {
  'use strict';
  const browserFunction = window.Function;
  const known = new Map();
  const keyOf = (parametersAndCode) => JSON.stringify(parametersAndCode.map(String));
  // Vaadin's client loads a lazily bundled part of the front end by its hash.
  const loadChunk = /^return window\.Vaadin\.Flow\.loadOnDemand\('([A-Za-z0-9_-]+)'\);?$/;
  const STORE = 'pathway.unknownFunctions';
  // How Flow sends code whose answer the server waits for (a `then` on executeJs; also code held back while its
  // element was detached): the code inside an async function, its result or error passed to the two last parameters.
  const answered = /^try\{Promise\.resolve\(\(async function\(\)\{([\s\S]*)\}\)\(\)\)\.then\((\$\d+),function\(error\)\{(\$\d+)\(''\+error\)\}\)\}catch\(error\)\{(\$\d+)\(''\+error\)\}$/;

  // What ChromeDriver wraps a test's own script in: it builds it with the page's Function too, under DevTools' leave
  // to evaluate whatever the policy says. Vaadin's client always passes parameter names with its code.
  const testDriver = /^return \(?async function\(\)\{/;

  function record(kind, detail) {
    try {
      const seen = JSON.parse(window.sessionStorage.getItem(STORE) || '[]');
      const entry = JSON.stringify({kind: kind, detail: detail});
      if (seen.length < 200 && !seen.some((known) => JSON.stringify(known) === entry)) {
        seen.push({kind: kind, detail: detail});
        window.sessionStorage.setItem(STORE, JSON.stringify(seen));
      }
    } catch (e) {
      // storage refused: the console message below still says it
    }
  }

  /**
   * The listed function for Flow's answered form of listed code: the same code run as Flow's wrapper runs it, so a
   * function is listed once whether or not the server waits for its answer.
   */
  function answeredForm(parametersAndCode) {
    const count = parametersAndCode.length - 1;
    const form = count >= 2 ? answered.exec(parametersAndCode[count]) : null;
    if (!form || form[2] !== parametersAndCode[count - 2] || form[3] !== parametersAndCode[count - 1]
        || form[4] !== form[3]) {
      return null;
    }
    const inner = known.get(keyOf(parametersAndCode.slice(0, count - 2).concat([form[1]])));
    if (!inner) {
      return null;
    }
    return function () {
      const values = Array.prototype.slice.call(arguments, 0, count - 2);
      const succeeded = arguments[count - 2];
      const failed = arguments[count - 1];
      try {
        Promise.resolve((async function () {
          return inner.apply(this, values);
        })()).then(succeeded, function (error) {
          failed('' + error);
        });
      } catch (error) {
        failed('' + error);
      }
    };
  }

  function KnownFunction() {
    const parametersAndCode = Array.prototype.slice.call(arguments).map(String);
    const found = known.get(keyOf(parametersAndCode)) || answeredForm(parametersAndCode);
    if (found) {
      return found;
    }
    const code = parametersAndCode.length ? parametersAndCode[parametersAndCode.length - 1] : '';
    const chunk = loadChunk.exec(code.trim());
    if (chunk && parametersAndCode.length === 1) {
      return function () {
        return window.Vaadin.Flow.loadOnDemand(chunk[1]);
      };
    }
    if (parametersAndCode.length === 1 && code.indexOf('var StatisticsGatherer') !== -1) {
      // Vaadin's usage statistics of development mode (never sent by a production build): not run here.
      return function () {
      };
    }
    if (parametersAndCode.length === 1 && testDriver.test(code)) {
      return browserFunction.apply(this, parametersAndCode);
    }
    record('function', parametersAndCode);
    console.warn('Pathway: a function not listed in scripts/known-functions-list.js was asked for: '
        + JSON.stringify(parametersAndCode));
    return browserFunction.apply(this, parametersAndCode);
  }
  KnownFunction.prototype = browserFunction.prototype;

  document.addEventListener('securitypolicyviolation', (event) => record('policy', {
    directive: event.effectiveDirective, blocked: String(event.blockedURI), sample: event.sample || ''}));

  /** Adds a function to the list: the parameter names and code as Vaadin's client passes them, and the function. */
  window.PathwayKnownFunction = function (parametersAndCode, implementation) {
    known.set(keyOf(parametersAndCode), implementation);
  };
  window.Function = KnownFunction;
})();
