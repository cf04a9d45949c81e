package com.pathway.board;

import java.util.List;

/**
 * Which cards to read: those in {@code statuses} that pass the filter and lie in the lane, a page of them.
 * {@code knownTotal}, when not {@code null}, is their number as the board just counted it, so that the
 * source need not count them again.
 */
public record CardQuery(List<String> statuses, BoardFilter filter, Lane lane, int offset, int limit, Long knownTotal) {

    public CardQuery(List<String> statuses, BoardFilter filter, Lane lane, int offset, int limit) {
        this(statuses, filter, lane, offset, limit, null);
    }

    public CardQuery {
        statuses = List.copyOf(statuses);
        lane = lane == null ? Lane.ALL : lane;
        filter = filter == null ? BoardFilter.none() : filter;
    }
}
