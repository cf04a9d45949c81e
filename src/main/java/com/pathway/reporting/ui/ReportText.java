package com.pathway.reporting.ui;

import java.util.ArrayList;
import java.util.List;

import com.pathway.reporting.Report;
import com.pathway.reporting.ReportService;

/** A chart's figures in words, for assistive technology (plain logic). */
final class ReportText {

    private static final int MAX_ROWS = 12;

    private ReportText() {
    }

    static String describe(Report report) {
        if (report.rows().isEmpty() || report.columns().isEmpty()) {
            return report.title() + ": no figures for this range.";
        }
        List<String> parts = new ArrayList<>();
        for (Report.Row row : report.rows().subList(0, Math.min(MAX_ROWS, report.rows().size()))) {
            String value = ReportService.text(row.cells().getFirst(), report.smallNumberLimit());
            parts.add(row.label() + " " + (value.isEmpty() ? "none" : value));
        }
        String more = report.rows().size() > MAX_ROWS ? "; and " + (report.rows().size() - MAX_ROWS)
                + " more rows in the table" : "";
        return report.title() + ", " + report.columns().getFirst().toLowerCase() + ": " + String.join("; ", parts)
                + more + ". The table below the chart holds every figure.";
    }
}
