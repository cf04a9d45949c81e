package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void readsEveryScaleWhateverItsCase() {
        assertThat(Scale.parse("small")).isEqualTo(Scale.SMALL);
        assertThat(Scale.parse(" 100K ")).isEqualTo(Scale.K100);
        assertThat(Scale.parse("1m")).isEqualTo(Scale.M1);
        assertThat(Scale.M1.leads()).isEqualTo(1_000_000);
        assertThat(Scale.parse("2m")).isEqualTo(Scale.M2);
        // two years of a million leads: the dashboard's last twelve months hold about a million
        assertThat(Scale.M2.leads()).isEqualTo(2_000_000);
        assertThat(Scale.M2.months()).isEqualTo(24);
    }

    @Test
    void namesTheScalesWhenOneIsUnknown() {
        assertThatThrownBy(() -> Scale.parse("huge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown scale 'huge'; use one of small, 100k, 1M, 2M.");
        assertThatThrownBy(() -> Scale.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largerScalesDoMoreOfEverything() {
        assertThat(Scale.SMALL.leads()).isLessThan(Scale.K100.leads());
        assertThat(Scale.SMALL.inquiries()).isLessThan(Scale.M1.inquiries());
        assertThat(Scale.SMALL.uiUsers()).isLessThanOrEqualTo(Scale.M1.uiUsers());
        assertThat(Scale.M1.uiUsers()).isEqualTo(300);
    }
}
