package com.pathway.board;

import java.util.List;

/**
 * What a viewer's board looks like before any card is read: the board's columns (only those the viewer
 * has cause to see, by index into the board's columns, with their true counts under the filter) and a note when
 * the saved board no longer fits the workflow. The quick filters and swimlane fields are
 * {@link BoardService#filters(String)}: they do not change with every refresh of the columns.
 */
public record BoardLayout(BoardConfig board, List<Integer> visibleColumns, java.util.Map<Integer, Long> counts,
        String note) {

    public BoardLayout {
        visibleColumns = List.copyOf(visibleColumns);
        counts = java.util.Map.copyOf(counts);
    }

    public BoardColumn column(int index) {
        return board.columns().get(index);
    }
}
