package com.pathway.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoardColumnTest {

    private final BoardColumn limited = new BoardColumn("Doing", List.of("Doing"), 2, 5);

    @Test
    void aColumnWithinItsLimitsIsNotMarked() {
        assertThat(limited.wipBreach(2)).isEmpty();
        assertThat(limited.wipBreach(5)).isEmpty();
        assertThat(new BoardColumn("Open", List.of("Open"), null, null).wipBreach(10_000)).isEmpty();
    }

    @Test
    void aColumnOverItsMaximumSaysByHowMuch() {
        assertThat(limited.wipBreach(7)).contains("2 over the limit of 5");
    }

    @Test
    void aColumnUnderItsMinimumSaysByHowMuch() {
        assertThat(limited.wipBreach(0)).contains("2 under the minimum of 2");
    }

    @Test
    void initialsComeFromTheFullNameAndTheNameShowsOnHover() {
        assertThat(new Person("jdoe", "Jane Mary Doe").initials()).isEqualTo("JD");
        assertThat(new Person("intake", null).initials()).isEqualTo("I");
        assertThat(new Person("intake", "").shownName()).isEqualTo("intake");
    }
}
