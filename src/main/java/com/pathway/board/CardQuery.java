package com.pathway.board;

import java.util.List;

/** Which cards to read: those in {@code statuses} that pass the filter and lie in the lane, a page of them. */
public record CardQuery(List<String> statuses, BoardFilter filter, Lane lane, int offset, int limit) {

    public CardQuery {
        statuses = List.copyOf(statuses);
        lane = lane == null ? Lane.ALL : lane;
        filter = filter == null ? BoardFilter.none() : filter;
    }
}
