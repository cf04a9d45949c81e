package com.pathway.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.pathway.clinic.LeadSource;
import com.pathway.shared.InvalidInputException;

/**
 * What every figure of the dashboard is narrowed to: inquiries that arrived from {@code from} to {@code to}
 * (days in the clinic's zone, both inclusive) and, optionally, one source, campaign (its name), referrer,
 * condition of interest, coordinator or clinician (user names). The same parameters serve the page's
 * address and the reports API ({@link #parse}, {@link #parameters}).
 */
public record ReportFilter(LocalDate from, LocalDate to, LeadSource source, String campaign, Long referrerId,
        String condition, String coordinator, String clinician) {

    public ReportFilter {
        campaign = blankToNull(campaign);
        condition = blankToNull(condition);
        coordinator = blankToNull(coordinator);
        clinician = blankToNull(clinician);
    }

    /** The last 90 days up to {@code today}, unfiltered. */
    public static ReportFilter lastDays(LocalDate today, int days) {
        return new ReportFilter(today.minusDays(days - 1L), today, null, null, null, null, null, null);
    }

    public ReportFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(newFrom, newTo, source, campaign, referrerId, condition, coordinator, clinician);
    }

    /** The same filter without the condition of interest (health information, kept out of links handed on). */
    public ReportFilter withoutCondition() {
        return new ReportFilter(from, to, source, campaign, referrerId, null, coordinator, clinician);
    }

    /**
     * Reads the parameters {@code from}, {@code to} (ISO days), {@code source}, {@code campaign},
     * {@code referrer} (id), {@code condition}, {@code coordinator} and {@code clinician}; a missing range end
     * comes from {@code defaults}. Every unreadable value is reported at once, by parameter name.
     */
    public static ReportFilter parse(Map<String, List<String>> params, ReportFilter defaults) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate from = day(params, "from", problems).orElse(defaults.from());
        LocalDate to = day(params, "to", problems).orElse(defaults.to());
        LeadSource source = first(params, "source").map(v -> {
            try {
                return LeadSource.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.put("source", "Unknown source \"" + v + "\"; use one of " + sources() + ".");
                return null;
            }
        }).orElse(null);
        Long referrer = first(params, "referrer").map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                problems.put("referrer", "A referrer is given by its number, not \"" + v + "\".");
                return null;
            }
        }).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportFilter(from, to, source, first(params, "campaign").orElse(null), referrer,
                first(params, "condition").orElse(null), first(params, "coordinator").orElse(null),
                first(params, "clinician").orElse(null));
    }

    /** The filter as address parameters, in a stable order; empty parts are left out. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "source", source == null ? null : source.name().toLowerCase(Locale.ROOT));
        put(p, "campaign", campaign);
        put(p, "referrer", referrerId == null ? null : referrerId.toString());
        put(p, "condition", condition);
        put(p, "coordinator", coordinator);
        put(p, "clinician", clinician);
        return p;
    }

    /** Refuses a range that ends before it starts or is longer than {@code maxDays}. */
    public void check(int maxDays) {
        if (from == null || to == null) {
            throw InvalidInputException.of("from", "Choose the first and the last day of the range.");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "The last day (" + to + ") comes before the first (" + from + ").");
        }
        if (from.plusDays(maxDays).isBefore(to.plusDays(1))) {
            throw InvalidInputException.of("to", "A report covers at most " + maxDays + " days; shorten the range.");
        }
    }

    private static String sources() {
        return String.join(", ", java.util.Arrays.stream(LeadSource.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static Optional<LocalDate> day(Map<String, List<String>> params, String name, Map<String, String> problems) {
        return first(params, name).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                problems.put(name, "\"" + v + "\" is not a day; write it as 2026-03-31.");
                return Optional.empty();
            }
        });
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0))
                .map(String::strip).filter(v -> !v.isEmpty());
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
