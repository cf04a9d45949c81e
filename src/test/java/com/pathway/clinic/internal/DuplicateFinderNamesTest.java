package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateFinderNamesTest {

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(DuplicateFinder.plain("O'Brien-Núñez")).isEqualTo("obriennunez");
        assertThat(DuplicateFinder.similar("José", "Núñez", "jose", "NUNEZ")).isTrue();
    }

    @Test
    void aTypoOrAShortFormStillCountsAsSimilar() {
        assertThat(DuplicateFinder.similar("Katherine", "Whitfield", "Katharine", "Whitfeld")).isTrue();
        assertThat(DuplicateFinder.similar("Alex", "Marlowe", "Alexandra", "Marlowe")).isTrue();
        assertThat(DuplicateFinder.similar("J", "Marlowe", "Jordan", "Marlowe")).isTrue();
        assertThat(DuplicateFinder.similar(null, "Marlowe", "Jordan", "Marlowe")).isTrue();
    }

    @Test
    void swappedFirstAndLastNamesCountAsSimilar() {
        assertThat(DuplicateFinder.similar("Marlowe", "Jordan", "Jordan", "Marlowe")).isTrue();
    }

    @Test
    void differentPeopleAreNotSimilar() {
        assertThat(DuplicateFinder.similar("Jordan", "Marlowe", "Priya", "Marlowe")).isFalse();
        assertThat(DuplicateFinder.similar("Jordan", "Marlowe", "Jordan", "Okafor")).isFalse();
        assertThat(DuplicateFinder.similar("Jordan", "", "Jordan", "Marlowe")).isFalse();
        assertThat(DuplicateFinder.similar("K", "Marlowe", "Jordan", "Marlowe")).isFalse();
    }
}
