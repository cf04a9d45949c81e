package com.pathway.board.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.board.BoardFilter;

/**
 * The board's filters and swimlanes as they stand in the address ({@code board?lane=source&mine=1&q=ana}, the
 * search text then replaced by a token of the session: {@code shared.ui.SearchInAddress}), so that a board can be
 * bookmarked, shared, and returned to with the back button as it was. Plain logic beside the view.
 *
 * @param lane the lane field, or {@code null} for none
 */
record BoardQuery(BoardFilter filter, String lane) {

    static final String LANE = "lane";
    static final String MINE = "mine";
    static final String UNASSIGNED = "unassigned";
    static final String OVERDUE = "overdue";
    static final String TEXT = "q";

    static BoardQuery from(Map<String, List<String>> params, List<String> fieldNames) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : fieldNames) {
            String value = first(params, name);
            if (value != null) {
                fields.put(name, value);
            }
        }
        String lane = first(params, LANE);
        return new BoardQuery(new BoardFilter(flag(params, MINE), flag(params, UNASSIGNED), flag(params, OVERDUE),
                first(params, TEXT), fields), lane == null || "none".equals(lane) ? null : lane);
    }

    /** The address's parameters, only those set, in a fixed order. */
    Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (lane != null) {
            params.put(LANE, lane);
        }
        if (filter.mine()) {
            params.put(MINE, "1");
        }
        if (filter.unassigned()) {
            params.put(UNASSIGNED, "1");
        }
        if (filter.overdue()) {
            params.put(OVERDUE, "1");
        }
        if (filter.text() != null) {
            params.put(TEXT, filter.text());
        }
        filter.fields().entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey()).forEach(e -> params.put(e.getKey(), e.getValue()));
        return params;
    }

    private static boolean flag(Map<String, List<String>> params, String name) {
        String value = first(params, name);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }
}
