package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Counts.of(1, "row")).isEqualTo("1 row");
        assertThat(Counts.of(2, "row")).isEqualTo("2 rows");
        assertThat(Counts.of(0, "lead")).isEqualTo("0 leads");
        assertThat(Counts.of(50_000, "lead")).isEqualTo("50000 leads");
    }

    @Test
    void irregularNounsAndVerbsAreGivenBothForms() {
        assertThat(Counts.of(1, "possible duplicate is", "possible duplicates are")).isEqualTo("1 possible duplicate is");
        assertThat(Counts.of(3, "possible duplicate is", "possible duplicates are")).isEqualTo("3 possible duplicates are");
        assertThat(Counts.choose(1, "has", "have")).isEqualTo("has");
        assertThat(Counts.choose(0, "has", "have")).isEqualTo("have");
    }
}
