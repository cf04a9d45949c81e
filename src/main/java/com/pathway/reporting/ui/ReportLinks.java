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
 * Where a click on a figure leads (plain logic): the lead list's address with the dashboard's filters (created
 * range, source, campaign, referrer, condition, assignee) and what the clicked row stands for (a stage reached, for
 * the funnel; a stage, a source, campaign or referrer, a month or week of arrival, a person). The lead list applies
 * the reader's access rule, so a drill-through never shows a lead its reader may not read. Empty when the row cannot
 * be opened there (a row of leads without a campaign or referrer, service-level and time-to figures).
 */
final class ReportLinks {

    private ReportLinks() {
    }

    /**
     * @param arrivalStage the first open stage ({@code ReportService.arrivalStage}): a row that counts leads by
     *        source, campaign or referrer drills with it as {@code reached}, so that the list counts as the figure
     *        does (merged and duplicate leads left out); null when the workflow has none
     */
    static Optional<Map<String, String>> leadList(ReportKind kind, Dimension by, ReportFilter filter, Report.Row row,
            String arrivalStage) {
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
                if (key == null) {
                    return Optional.empty();
                }
                switch (by == null ? Dimension.SOURCE : by) {
                    case REFERRER -> p.put("referrer", key);
                    case CAMPAIGN -> p.put("campaign", key);
                    case SOURCE -> p.put("source", key.toLowerCase(java.util.Locale.ROOT));
                }
                if (arrivalStage != null) {
                    p.put("reached", arrivalStage);
                }
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
        if (filter.campaign() != null && !p.containsKey("campaign")) {
            all.put("campaign", filter.campaign());
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
