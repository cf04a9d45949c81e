package com.pathway.clinic;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a lead may stay in each open status before it is overdue
 * ({@code pathway.clinic.overdue.limits[New inquiry]=1d}). A status without a limit (Closed, or one
 * left out) is never overdue. Configured limits replace the defaults as a whole.
 *
 * @param limits the longest stay per status name
 */
@Validated
@ConfigurationProperties("pathway.clinic.overdue")
public record OverdueProperties(Map<String, Duration> limits) {

    /** The shipped limits of the default clinic workflow. */
    public static final Map<String, Duration> DEFAULTS = defaults();

    public OverdueProperties {
        limits = limits == null || limits.isEmpty() ? DEFAULTS : Map.copyOf(limits);
        limits.forEach((status, limit) -> {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("pathway.clinic.overdue.limits[" + status
                        + "] must be a positive duration such as 1d or 12h.");
            }
        });
    }

    /**
     * Per status, the moment before which entering it makes a lead overdue at {@code now}: a lead is
     * overdue when it entered its status strictly before this cut-off.
     */
    public Map<String, Instant> cutoffs(Instant now) {
        Map<String, Instant> cutoffs = new LinkedHashMap<>();
        limits.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> cutoffs.put(e.getKey(), now.minus(e.getValue())));
        return cutoffs;
    }

    private static Map<String, Duration> defaults() {
        Map<String, Duration> d = new LinkedHashMap<>();
        d.put("New inquiry", Duration.ofDays(1));
        d.put("Contacted", Duration.ofDays(3));
        d.put("Consultation scheduled", Duration.ofDays(14));
        d.put("Consultation done", Duration.ofDays(7));
        d.put("Screening", Duration.ofDays(14));
        d.put("Treatment scheduled", Duration.ofDays(21));
        d.put("In treatment", Duration.ofDays(60));
        d.put("Follow-up", Duration.ofDays(90));
        return Map.copyOf(d);
    }
}
