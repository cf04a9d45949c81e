package com.pathway.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the journeys do with axe-core's violations: keep the serious and critical ones that are not a
 * known fault inside a Vaadin component's own shadow DOM, and write them as a list a person can act
 * on (rule, impact, element, help). Pure, so that the filter is tested without a browser.
 */
final class AxeFindings {

    /** The WCAG 2.1 A and AA rule sets the journeys check. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Impacts that fail a journey; "minor" and "moderate" are left to review by eye. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    /** One violated rule and the elements that violate it. */
    record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
    }

    /** An element: axe's selector (shadow roots joined by {@code >>>}) and what to fix. */
    record Node(String target, String summary) {
    }

    /**
     * A violation inside a Vaadin component that the page cannot fix, with the reason: the only place
     * where findings are set aside.
     */
    record Ignored(String rule, Pattern target, String reason) {

        boolean covers(String rule, Node node) {
            return this.rule.equals(rule) && target.matcher(node.target()).find();
        }
    }

    static final List<Ignored> IGNORED = List.of(
            new Ignored("aria-allowed-attr", Pattern.compile("^vaadin-select-value-button"),
                    "vaadin-select (25.2) copies aria-required onto its own value button, whose role=button does "
                            + "not allow it; the page cannot change that element, and the select's label still "
                            + "carries the required state."),
            new Ignored("aria-allowed-attr", Pattern.compile("^vaadin-context-menu-item[#.:\\[]"),
                    "vaadin-context-menu-item (25.2) takes aria-selected from vaadin-item's mixin, made for list-box "
                            + "options, though its own role=menuitem does not allow it; the menu's items are made in "
                            + "the browser from the server's, and the page cannot drop an attribute the component sets "
                            + "itself. A checkable item still says whether it is checked."));

    /** A page that is not Pathway's own markup, with the reason it is not checked. */
    record IgnoredPage(Pattern url, String reason) {
    }

    static final List<IgnoredPage> IGNORED_PAGES = List.of(
            new IgnoredPage(Pattern.compile("/swagger-ui/"),
                    "springdoc's bundled Swagger UI (the API reference): third-party markup and colours that "
                            + "Pathway does not render; its own issues belong upstream."));

    /** Whether the page at {@code url} is checked at all. */
    static boolean checks(String url) {
        return IGNORED_PAGES.stream().noneMatch(p -> p.url().matcher(url).find());
    }

    private AxeFindings() {
    }

    /** The violations that fail a journey, each with only the elements not set aside. */
    static List<Violation> failing(List<Violation> violations) {
        return violations.stream()
                .filter(v -> v.impact() != null && FAILING.contains(v.impact().toLowerCase(Locale.ROOT)))
                .map(v -> new Violation(v.rule(), v.impact(), v.help(), v.helpUrl(),
                        v.nodes().stream().filter(n -> IGNORED.stream().noneMatch(i -> i.covers(v.rule(), n)))
                                .toList()))
                .filter(v -> !v.nodes().isEmpty())
                .toList();
    }

    /** A readable report of {@code violations} found on {@code page}. */
    static String describe(String page, List<Violation> violations) {
        return violations.stream().map(v -> "- " + v.rule() + " (" + v.impact() + "): " + v.help() + " " + v.helpUrl()
                + v.nodes().stream().map(n -> "\n    at " + n.target() + (n.summary() == null || n.summary().isBlank()
                        ? "" : "\n       " + n.summary().replace("\n", "\n       ")))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n",
                        "Accessibility (WCAG 2.1 AA) violations on " + page + ":\n", ""));
    }
}
