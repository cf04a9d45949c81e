package com.pathway.reporting.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.pathway.reporting.Dimension;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.ReportKind;

/**
 * Where a click on a figure leads (plain logic): the lead list's address with the dashboard's filters it
 * understands (created range, source, referrer, condition, assignee) and what the clicked row stands for
 * (a stage reached, for the funnel; a stage, a source or referrer, a month or week of arrival, a person).
 * The lead list applies the reader's access rule, so a drill-through never shows a lead its reader may not
 * read. Empty when the row cannot be opened there, and for every row while the dashboard is narrowed to a
 * campaign (the list cannot be, so its leads would not be the ones counted).
 */
final class ReportLinks {

    private ReportLinks() {
    }

    static Optional<Map<String, String>> leadList(ReportKind kind, Dimension by, ReportFilter filter, Report.Row row) {
        if (filter.campaign() != null) {
            // The lead list has no campaign filter: its leads would not be the ones the figure counts.
            return Optional.empty();
        }
        Map<String, String> p = new LinkedHashMap<>();
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        String key = row.key();
        switch (kind) {
            case FUNNEL -> {
                if (key == null) {
                    return Optional.empty();
                }
                // The funnel counts the period's inquiries that got at least this far, wherever they are now.
                p.put("reached", key);
            }
            case TIME_IN_STAGE, LOST_REASONS -> {
                if (key == null) {
                    return Optional.empty();
                }
                p.put("stage", key);
            }
            case CONVERSION, OUTCOMES -> {
                if (key == null || by == Dimension.CAMPAIGN) {
                    return Optional.empty();
                }
                p.put(by == Dimension.REFERRER ? "referrer" : "source", by == Dimension.REFERRER ? key
                        : key.toLowerCase(java.util.Locale.ROOT));
            }
            case COHORTS -> {
                LocalDate month = LocalDate.parse(key);
                from = max(from, month);
                to = min(to, month.plusMonths(1).minusDays(1));
            }
            case CUMULATIVE_FLOW, CREATED_CONVERTED -> {
                LocalDate week = LocalDate.parse(key);
                from = max(from, week);
                to = min(to, week.plusDays(6));
            }
            case WORKLOAD -> {
                if (key == null) {
                    return Optional.empty();
                }
                p.put("assignee", key);
            }
            case TIME_TO, SERVICE_LEVELS -> {
                return Optional.empty();
            }
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("from", from.toString());
        all.put("to", to.toString());
        if (filter.source() != null && !p.containsKey("source")) {
            all.put("source", filter.source().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.referrerId() != null && !p.containsKey("referrer")) {
            all.put("referrer", filter.referrerId().toString());
        }
        if (filter.condition() != null) {
            all.put("condition", filter.condition());
        }
        String person = filter.coordinator() != null ? filter.coordinator() : filter.clinician();
        if (person != null && !p.containsKey("assignee")) {
            all.put("assignee", person);
        }
        all.putAll(p);
        return Optional.of(all);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
