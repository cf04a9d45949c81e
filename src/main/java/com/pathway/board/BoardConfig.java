package com.pathway.board;

import java.util.List;
import java.util.Optional;

/**
 * A board of one project's workflow: its columns in order and the card fields shown
 * ({@link CardField} ids). {@link BoardCheck} says whether it fits the published workflow.
 */
public record BoardConfig(String projectKey, List<BoardColumn> columns, List<String> cardFields) {

    public BoardConfig {
        columns = columns == null ? List.of() : List.copyOf(columns);
        cardFields = cardFields == null ? List.of() : List.copyOf(cardFields);
    }

    /** The column holding a status, if any. */
    public Optional<Integer> columnOf(String status) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).holds(status)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public boolean shows(String cardField) {
        return cardFields.contains(cardField);
    }
}
