package com.pathway.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BoardQueryTest {

    @Test
    void filtersAndLanesGoToTheAddressAndComeBackTheSame() {
        BoardQuery query = BoardQuery.from(Map.of("lane", List.of("source"), "mine", List.of("1"),
                "overdue", List.of("true"), "q", List.of(" ana "), "condition", List.of("PTSD"),
                "unknown", List.of("x")), List.of("condition", "source"));
        assertThat(query.lane()).isEqualTo("source");
        assertThat(query.filter().mine()).isTrue();
        assertThat(query.filter().unassigned()).isFalse();
        assertThat(query.filter().overdue()).isTrue();
        assertThat(query.filter().text()).isEqualTo("ana");
        assertThat(query.filter().fields()).containsExactly(Map.entry("condition", "PTSD"));
        assertThat(query.parameters()).containsExactly(Map.entry("lane", "source"), Map.entry("mine", "1"),
                Map.entry("overdue", "1"), Map.entry("q", "ana"), Map.entry("condition", "PTSD"));
    }

    @Test
    void noLanesIsTheDefault() {
        assertThat(BoardQuery.from(Map.of("lane", List.of("none")), List.of()).lane()).isNull();
        assertThat(BoardQuery.from(Map.of(), List.of()).parameters()).isEmpty();
    }

    @Test
    void timeInStatusIsShortOnTheCardAndTheLimitInWords() {
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        assertThat(CardAge.shortly(now.minus(Duration.ofDays(4)), now)).isEqualTo("4 d");
        assertThat(CardAge.shortly(now.minus(Duration.ofHours(5)), now)).isEqualTo("5 h");
        assertThat(CardAge.shortly(now.minusSeconds(30), now)).isEqualTo("now");
        assertThat(CardAge.limit(Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(CardAge.limit(Duration.ofHours(12))).isEqualTo("12 hours");
    }
}
