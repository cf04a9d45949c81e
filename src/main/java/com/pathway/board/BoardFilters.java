package com.pathway.board;

import java.util.List;

/** The quick filters and swimlane fields a project's board offers (from its plugin's card source). */
public record BoardFilters(List<FilterField> filterFields, List<Choice> laneFields) {

    public BoardFilters {
        filterFields = List.copyOf(filterFields);
        laneFields = List.copyOf(laneFields);
    }
}
