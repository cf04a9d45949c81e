package com.pathway.reporting;

import java.util.List;

/**
 * A figure of the dashboard as a table: one row per stage, source, week or person, one cell per column.
 * The chart draws it and the page shows it as its table alternative; exports and the API return it as is.
 *
 * @param kind which report ({@link ReportKind#path()})
 * @param columns the cells' headings, in order
 * @param units per column: {@code people}, {@code percent}, {@code hours}, {@code courses}, {@code sessions}
 *        or {@code points} (of a questionnaire's total)
 * @param smallNumberLimit counts under this (other than zero) are withheld ({@link Cell#suppressed()}),
 *        or {@code null} when this report shows them (a manager's own dashboard)
 */
public record Report(String kind, String title, String rowHeading, List<String> columns, List<String> units,
        List<Row> rows, Integer smallNumberLimit) {

    public Report {
        columns = List.copyOf(columns);
        units = List.copyOf(units);
        rows = List.copyOf(rows);
    }

    /**
     * One row. {@code key} is what the row stands for in the lead list's address (a stage, a source, a
     * referrer's id, a month's first day), or {@code null} when the row cannot be opened there.
     */
    public record Row(String label, String key, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Whether any cell was withheld by the small-number rule. */
    public boolean anySuppressed() {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(Cell::suppressed);
    }
}
