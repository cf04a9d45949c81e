package com.pathway.security.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The HTML of the second step's page: the sign-in card with one field for the code of the user's
 * authenticator app (or, on request, a recovery code), the error of the last attempt, and a way back
 * (sign out). Plain HTML and one small stylesheet ({@code /styles/sign-in.css}): no script, so it opens
 * with one request and answers with one more. Every value written into it is escaped.
 */
final class SecondStepPage {

    /** What went wrong with the last attempt: a title and what to do about it. */
    record Alert(String title, String detail) {
    }

    private SecondStepPage() {
    }

    /**
     * @param contextPath the application's path ("" at the root)
     * @param recovery    whether the field asks for a recovery code rather than the app's code
     * @param alert       the error to show, or {@code null}
     */
    static String render(String contextPath, CsrfToken csrf, boolean recovery, Alert alert) {
        String base = htmlEscape(contextPath);
        String csrfField = csrf == null ? "" : "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                .formatted(htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
        String describedBy = "two-factor-hint" + (alert == null ? "" : " two-factor-alert");
        String alertBlock = alert == null ? "" : """
                      <div id="two-factor-alert" class="alert" role="alert">
                        <strong>%s</strong>
                        <span>%s</span>
                      </div>
                """.formatted(htmlEscape(alert.title()), htmlEscape(alert.detail()));
        String field = recovery ? """
                      <label for="two-factor-code">Recovery code</label>
                      <input id="two-factor-code" name="code" type="text" inputmode="text" autocomplete="off" \
                autocapitalize="off" spellcheck="false" required autofocus aria-describedby="%s"%s>
                      <p id="two-factor-hint" class="hint">One of the ten recovery codes you saved when you set up \
                two-factor sign-in, such as abcde-23456. Each one works once.</p>
                      <input type="hidden" name="recovery" value="true">
                """ : """
                      <label for="two-factor-code">Code</label>
                      <input id="two-factor-code" name="code" type="text" inputmode="numeric" \
                autocomplete="one-time-code" autocapitalize="off" spellcheck="false" required autofocus \
                aria-describedby="%s"%s>
                      <p id="two-factor-hint" class="hint">The 6-digit code your authenticator app shows for \
                Pathway now.</p>
                """;
        field = field.formatted(describedBy, alert == null ? "" : " aria-invalid=\"true\"");
        String other = recovery
                ? "<a id=\"two-factor-use-app\" href=\"%s/two-factor\">Use the code from your app instead</a>"
                : "<a id=\"two-factor-use-recovery\" href=\"%s/two-factor?recovery\">Use a recovery code instead</a>";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Two-factor sign-in · Pathway</title>
                  <link rel="icon" href="%1$s/icons/pathway.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="%1$s/styles/sign-in.css">
                </head>
                <body class="pathway-sign-in">
                  <main class="card">
                    <h1>Pathway</h1>
                    <p class="subtitle">Two-factor sign-in</p>
                    <form id="two-factor-form" class="code" method="post" action="%1$s/two-factor">
                      %2$s
                %3$s%4$s      <button id="two-factor-verify" type="submit" class="primary">Verify</button>
                    </form>
                    <p class="other">%5$s</p>
                    <form id="two-factor-sign-out-form" method="post" action="%1$s/logout">
                      %2$s
                      <button id="two-factor-sign-out" type="submit" class="tertiary">Cancel and sign out</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(base, csrfField, field, alertBlock, other.formatted(base));
    }
}
