package com.pathway.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The figures of the dashboard, each one report; {@link #path()} is its name in the address and the API. */
public enum ReportKind {

    FUNNEL("funnel", "Funnel by stage"),
    CONVERSION("conversion", "Conversion by source"),
    TIME_TO("time-to", "Time to first contact, consultation and treatment"),
    TIME_IN_STAGE("time-in-stage", "Time spent in each stage"),
    CUMULATIVE_FLOW("cumulative-flow", "Cumulative flow by week"),
    CREATED_CONVERTED("created-converted", "Created versus started treatment by week"),
    COHORTS("cohorts", "Monthly cohorts: how far inquiries got"),
    LOST_REASONS("lost-reasons", "Lost reasons by stage"),
    OUTCOMES("outcomes", "From inquiry to outcome"),
    SERVICE_LEVELS("service-levels", "Service-level compliance"),
    WORKLOAD("workload", "Workload: open and overdue tasks and open leads per person");

    private final String path;
    private final String title;

    ReportKind(String path, String title) {
        this.path = path;
        this.title = title;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    /** The kind named by {@code path} (case ignored). */
    public static Optional<ReportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path == null ? "" : path.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
