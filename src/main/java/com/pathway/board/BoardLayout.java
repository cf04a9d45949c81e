package com.pathway.board;

import java.util.List;

/**
 * What a viewer's board looks like before any card is read: the board's columns (only those the viewer
 * has cause to see, by index into the board's columns, with their true counts under the filter), the card fields shown, the quick filters and
 * swimlane fields the plugin offers, and a note when the saved board no longer fits the workflow.
 */
public record BoardLayout(BoardConfig board, List<Integer> visibleColumns, java.util.Map<Integer, Long> counts,
        List<FilterField> filterFields, List<Choice> laneFields, String note) {

    public BoardLayout {
        visibleColumns = List.copyOf(visibleColumns);
        counts = java.util.Map.copyOf(counts);
        filterFields = List.copyOf(filterFields);
        laneFields = List.copyOf(laneFields);
    }

    public BoardColumn column(int index) {
        return board.columns().get(index);
    }
}
