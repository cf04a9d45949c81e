package com.pathway.board.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pathway.board.BoardColumn;
import com.pathway.board.BoardConfig;
import com.pathway.board.CardField;
import com.pathway.workflow.WorkflowDefinition;

/**
 * The board a workflow gets before an administrator edits it: one column per value of the plugin's
 * grouping property ({@code stage} for the clinic), in the order of each value's first status, named
 * after the value; a status without the property gets a column of its own. No limits; every card field.
 */
public final class DefaultBoards {

    private DefaultBoards() {
    }

    public static BoardConfig derive(String projectKey, WorkflowDefinition workflow, String groupingProperty,
            List<CardField> cardFields) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (WorkflowDefinition.Status status : workflow.statuses()) {
            String value = status.property(groupingProperty).filter(v -> !v.isBlank()).orElse(null);
            String group = value == null ? "status:" + status.name() : value.toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(status.name());
            names.putIfAbsent(group, value == null ? status.name() : label(value));
        }
        List<BoardColumn> columns = groups.entrySet().stream()
                .map(e -> new BoardColumn(names.get(e.getKey()), e.getValue(), null, null)).toList();
        return new BoardConfig(projectKey, columns, cardFields.stream().map(CardField::id).toList());
    }

    /** "aftercare" → "Aftercare", "lost-contact" → "Lost contact". */
    static String label(String value) {
        String words = value.strip().replace('-', ' ').replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
