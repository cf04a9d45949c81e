package com.pathway.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the dashboards ({@code pathway.reports.*}).
 *
 * @param smallNumberLimit a figure that counts fewer people than this is shown as "fewer than N" in
 *        exports, the API and the outcome figures (11 by default, as in common health-data publication rules)
 * @param maxDays the longest date range a report covers
 * @param exactPercentilesUpTo read from the daily totals, a median or 90th percentile over more people than this is
 *        taken from histograms (within 1 %, and marked so); over fewer it is computed exactly from the per-lead summary
 */
@Validated
@ConfigurationProperties("pathway.reports")
public record ReportProperties(@Min(1) @Max(1000) @DefaultValue("11") int smallNumberLimit,
        @Min(1) @Max(3660) @DefaultValue("1100") int maxDays,
        @Min(0) @DefaultValue("20000") long exactPercentilesUpTo) {
}
