package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AxeFindingsTest {

    private static AxeFindings.Violation violation(String rule, String impact, String... targets) {
        return new AxeFindings.Violation(rule, impact, "Help for " + rule, "https://example.test/" + rule,
                java.util.Arrays.stream(targets).map(t -> new AxeFindings.Node(t, "Fix this")).toList());
    }

    @Test
    void keepsOnlySeriousAndCriticalViolations() {
        List<AxeFindings.Violation> failing = AxeFindings.failing(List.of(
                violation("label", "critical", "#search input"),
                violation("color-contrast", "serious", "#hint"),
                violation("region", "moderate", "main"),
                violation("heading-order", "minor", "h4"),
                violation("unknown-impact", null, "div")));

        assertThat(failing).extracting(AxeFindings.Violation::rule).containsExactly("label", "color-contrast");
    }

    @Test
    void setsAsideOnlyTheElementsAKnownComponentFaultCovers() {
        AxeFindings.Ignored ignored = new AxeFindings.Ignored("aria-allowed-attr",
                java.util.regex.Pattern.compile("vaadin-grid >>> "), "inside the grid's shadow DOM");
        AxeFindings.Violation mixed = violation("aria-allowed-attr", "critical", "vaadin-grid >>> #table",
                "#own-element");

        assertThat(ignored.covers("aria-allowed-attr", mixed.nodes().get(0))).isTrue();
        assertThat(ignored.covers("aria-allowed-attr", mixed.nodes().get(1))).isFalse();
        assertThat(ignored.covers("label", mixed.nodes().get(0))).isFalse();
        assertThat(AxeFindings.IGNORED).allSatisfy(i -> assertThat(i.reason()).isNotBlank());
        // a menu item's aria-selected is set aside, the same attribute on anything else is not
        AxeFindings.Violation menu = violation("aria-allowed-attr", "critical", "vaadin-context-menu-item#column-key",
                "div#column-key", "vaadin-context-menu-item-x#y");
        assertThat(AxeFindings.failing(List.of(menu))).singleElement().extracting(AxeFindings.Violation::nodes)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(n -> ((AxeFindings.Node) n).target())
                .containsExactly("div#column-key", "vaadin-context-menu-item-x#y");
    }

    @Test
    void leavesOutOnlyPagesThatAreNotPathwaysOwnMarkup() {
        assertThat(AxeFindings.checks("http://localhost:8080/swagger-ui/index.html")).isFalse();
        assertThat(AxeFindings.checks("http://localhost:8080/leads")).isTrue();
        assertThat(AxeFindings.checks("http://localhost:8080/api-docs")).isTrue();
        assertThat(AxeFindings.IGNORED_PAGES).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
    }

    @Test
    void describesEachViolationWithRuleImpactElementAndHelp() {
        String report = AxeFindings.describe("http://localhost/leads",
                List.of(violation("label", "critical", "#search input")));

        assertThat(report).contains("violations on http://localhost/leads")
                .contains("- label (critical): Help for label https://example.test/label")
                .contains("at #search input").contains("Fix this");
    }
}
