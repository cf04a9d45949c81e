package com.pathway.reporting.web;

import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.reporting.Dimension;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.ReportKind;
import com.pathway.reporting.ReportService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * {@code GET /api/v1/reports/{kind}}: one figure of the dashboard as JSON, with the dashboard's filters
 * ({@code from}, {@code to}, {@code source}, {@code campaign}, {@code referrer}, {@code condition},
 * {@code coordinator}, {@code clinician}) and {@code by} ({@code source}, {@code campaign}, {@code referrer})
 * for conversion and outcomes. Answers are shared figures, so counts under the small-number limit are
 * withheld ({@code suppressed: true}). Managers and administrators only; every call is audited.
 */
@RestController
@RequestMapping("/api/v1/reports")
public class ReportApiController {

    private final ReportService reports;

    public ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{kind}")
    public Report report(@PathVariable String kind, @RequestParam MultiValueMap<String, String> params) {
        // The caller's right first, so that a caller without it learns nothing from the answer.
        ReportFilter defaults = reports.defaultFilter();
        ReportKind reportKind = ReportKind.ofPath(kind).orElseThrow(() -> new NotFoundException("There is no report \""
                + kind + "\"; the reports are " + String.join(", ", java.util.Arrays.stream(ReportKind.values())
                        .map(ReportKind::path).toList()) + "."));
        ReportFilter filter = ReportFilter.parse(Map.copyOf(params), defaults);
        Dimension by = by(params.getFirst("by"));
        return reports.report(reportKind, filter, by, true);
    }

    private static Dimension by(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Dimension.of(value).orElseThrow(() -> InvalidInputException.of("by",
                "Break figures down by " + String.join(", ", List.of(Dimension.values()).stream()
                        .map(Dimension::parameter).toList()) + ", not \"" + value + "\"."));
    }
}
