package com.pathway.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.pathway.reporting.Cell;

class MaskerTest {

    private final Masker eleven = new Masker(11);

    @Test
    void countsFromOneToTenAreWithheldWhileZeroAndElevenAreShown() {
        assertThat(eleven.count(0)).isEqualTo(Cell.of(0));
        assertThat(eleven.count(1)).isEqualTo(Cell.SUPPRESSED);
        assertThat(eleven.count(10)).isEqualTo(Cell.SUPPRESSED);
        assertThat(eleven.count(11)).isEqualTo(Cell.of(11));
    }

    @Test
    void aRateOrStatisticBuiltOnASmallCountIsWithheldToo() {
        assertThat(eleven.rate(3, 200)).isEqualTo(Cell.SUPPRESSED);
        assertThat(eleven.rate(20, 10)).isEqualTo(Cell.SUPPRESSED);
        assertThat(eleven.rate(0, 200)).isEqualTo(Cell.of(0));
        assertThat(eleven.rate(50, 150)).isEqualTo(Cell.of(33.3));
        assertThat(eleven.rate(5, 0)).isEqualTo(Cell.EMPTY);
        assertThat(eleven.statistic(4, 12.0)).isEqualTo(Cell.SUPPRESSED);
        assertThat(eleven.statistic(12, 12.34)).isEqualTo(Cell.of(12.3));
        assertThat(eleven.statistic(0, null)).isEqualTo(Cell.EMPTY);
    }

    @Test
    void withoutALimitEveryFigureIsShown() {
        assertThat(Masker.none().count(3)).isEqualTo(Cell.of(3));
        assertThat(Masker.none().rate(1, 3)).isEqualTo(Cell.of(33.3));
    }
}
