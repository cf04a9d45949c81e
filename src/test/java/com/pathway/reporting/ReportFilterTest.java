package com.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.LeadSource;
import com.pathway.shared.InvalidInputException;

class ReportFilterTest {

    private final ReportFilter defaults = ReportFilter.lastDays(LocalDate.of(2026, 3, 31), 90);

    @Test
    void readsEveryParameterAndWritesThemBackInTheSameOrder() {
        ReportFilter f = ReportFilter.parse(Map.of("from", List.of("2026-01-01"), "source", List.of("web_form"),
                "campaign", List.of(" spring "), "referrer", List.of("7"), "coordinator", List.of("dana")), defaults);

        assertThat(f).isEqualTo(new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                LeadSource.WEB_FORM, "spring", 7L, null, "dana", null));
        assertThat(f.parameters()).containsExactly(Map.entry("from", "2026-01-01"), Map.entry("to", "2026-03-31"),
                Map.entry("source", "web_form"), Map.entry("campaign", "spring"), Map.entry("referrer", "7"),
                Map.entry("coordinator", "dana"));
    }

    @Test
    void missingRangeEndsComeFromTheDefaults() {
        assertThat(ReportFilter.parse(Map.of(), defaults)).isEqualTo(defaults);
        assertThat(defaults.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void everyUnreadableValueIsReportedByName() {
        assertThatThrownBy(() -> ReportFilter.parse(Map.of("from", List.of("yesterday"), "source", List.of("owl"),
                "referrer", List.of("x")), defaults))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("from", "source", "referrer"));
    }

    @Test
    void aRangeMustRunForwardsAndStayWithinTheLimit() {
        assertThatThrownBy(() -> defaults.withRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)).check(1100))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("comes before");
        assertThatThrownBy(() -> defaults.withRange(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)).check(1100))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 1100 days");
        defaults.withRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).check(1);
    }
}
