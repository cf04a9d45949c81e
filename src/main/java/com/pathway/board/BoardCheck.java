package com.pathway.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pathway.workflow.WorkflowDefinition;

/**
 * Whether a board fits a workflow: every status of the workflow in exactly one column, no status the
 * workflow lacks, every column named (names unique) and holding a status, limits that are whole numbers
 * with the minimum not above the maximum. Each problem is one sentence users read.
 */
public final class BoardCheck {

    private BoardCheck() {
    }

    public static List<String> problems(BoardConfig board, WorkflowDefinition workflow) {
        List<String> problems = new ArrayList<>();
        if (board.columns().isEmpty()) {
            problems.add("Add at least one column.");
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        workflow.statuses().forEach(s -> statuses.put(s.name().toLowerCase(Locale.ROOT), s.name()));
        Map<String, List<String>> columnsOfStatus = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < board.columns().size(); i++) {
            BoardColumn column = board.columns().get(i);
            String label = column.name() == null || column.name().isBlank() ? "Column " + (i + 1)
                    : "\u201C" + column.name().strip() + "\u201D";
            if (column.name() == null || column.name().isBlank()) {
                problems.add(label + " needs a name.");
            } else if (names.merge(column.name().strip().toLowerCase(Locale.ROOT), 1, Integer::sum) == 2) {
                problems.add("Two columns are called " + label + "; give each its own name.");
            }
            if (column.statuses().isEmpty()) {
                problems.add(label + " holds no status; map one to it or remove it.");
            }
            for (String status : column.statuses()) {
                String known = statuses.get(status.strip().toLowerCase(Locale.ROOT));
                if (known == null) {
                    problems.add(label + " maps \u201C" + status + "\u201D, which the workflow has no status of.");
                } else {
                    columnsOfStatus.computeIfAbsent(known, k -> new ArrayList<>()).add(label);
                }
            }
            if (column.wipMin() != null && column.wipMin() < 0 || column.wipMax() != null && column.wipMax() < 0) {
                problems.add(label + ": limits cannot be negative.");
            } else if (column.wipMin() != null && column.wipMax() != null && column.wipMin() > column.wipMax()) {
                problems.add(label + ": the minimum (" + column.wipMin() + ") is above the maximum ("
                        + column.wipMax() + ").");
            }
        }
        for (String status : statuses.values()) {
            List<String> in = columnsOfStatus.getOrDefault(status, List.of());
            if (in.isEmpty()) {
                problems.add("\u201C" + status + "\u201D is in no column; its cards would vanish from the board.");
            } else if (in.size() > 1) {
                problems.add("\u201C" + status + "\u201D is mapped twice (" + String.join(" and ", in)
                        + "); a status belongs to one column.");
            }
        }
        return problems;
    }
}
