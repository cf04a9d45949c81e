package com.pathway.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class LeadCellsTest {

    @Test
    void aValueSeveralPropertiesReadIsMadeOncePerDrawingOfARow() {
        List<String> made = new ArrayList<>();
        Function<String, String> value = LeadCells.perRow(row -> {
            made.add(row);
            return row.toUpperCase();
        }, 3);
        String first = new String("a");
        String second = new String("b");

        for (int i = 0; i < 3; i++) {
            assertThat(value.apply(first)).isEqualTo("A");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(value.apply(second)).isEqualTo("B");
        }
        // The first row drawn again (selected, say): made again, as the clock may have moved since.
        assertThat(value.apply(first)).isEqualTo("A");

        assertThat(made).containsExactly("a", "b", "a");
    }

    @Test
    void theSameRowDrawnTwiceInARowIsMadeTwice() {
        List<String> made = new ArrayList<>();
        Function<String, String> value = LeadCells.perRow(row -> {
            made.add(row);
            return row;
        }, 2);
        String row = "a";
        for (int i = 0; i < 4; i++) {
            value.apply(row);
        }
        assertThat(made).hasSize(2);
    }
}
