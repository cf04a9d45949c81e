package com.pathway.board;

import java.util.List;

/**
 * A quick filter a plugin offers besides the board's own (mine, unassigned, overdue, text), such as a
 * lead's source: its name in the address, its label and the values to choose from.
 */
public record FilterField(String name, String label, List<Choice> options) {

    public FilterField {
        options = List.copyOf(options);
    }
}
