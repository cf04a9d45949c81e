package com.pathway.board;

import java.util.List;
import java.util.Optional;

/**
 * A column of a board: its name, the statuses it holds, in order (the first is where a move to the
 * column prefers to go), and optional work-in-progress limits.
 */
public record BoardColumn(String name, List<String> statuses, Integer wipMin, Integer wipMax) {

    public BoardColumn {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /**
     * How a column holding {@code count} cards stands against its limits: empty within them, otherwise
     * what users read in its header ("2 over the limit of 5", "1 under the minimum of 2").
     */
    public Optional<String> wipBreach(long count) {
        if (wipMax != null && count > wipMax) {
            return Optional.of((count - wipMax) + " over the limit of " + wipMax);
        }
        if (wipMin != null && count < wipMin) {
            return Optional.of((wipMin - count) + " under the minimum of " + wipMin);
        }
        return Optional.empty();
    }

    public boolean holds(String status) {
        return statuses.stream().anyMatch(s -> s.equalsIgnoreCase(status));
    }
}
