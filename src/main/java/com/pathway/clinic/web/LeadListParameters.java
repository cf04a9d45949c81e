package com.pathway.clinic.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.pathway.clinic.CreatedWithin;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.ReachedStage;
import com.pathway.shared.Validation;
import com.pathway.workflow.StatusCategory;

/**
 * The list's query parameters of {@code GET /api/v1/leads}, read as text and checked here so that
 * every bad value is reported by name in one 422 answer instead of a bare 400.
 */
record LeadListParameters(List<String> status, String category, String assignee, String source, String condition,
        String referrer, String createdFrom, String createdTo, String q, String overdue, String stage,
        String created, String reached, String reachedFrom, String reachedTo, String campaign) {

    LeadListParameters(List<String> status, String category, String assignee, String source, String condition,
            String referrer, String createdFrom, String createdTo, String q, String overdue, String stage,
            String created) {
        this(status, category, assignee, source, condition, referrer, createdFrom, createdTo, q, overdue, stage, created,
                null, null, null, null);
    }

    LeadFilter toFilter() {
        Validation v = new Validation();
        StatusCategory cat = parse(v, "category", category, StatusCategory::valueOf,
                "Use one of " + Arrays.toString(StatusCategory.values()) + ".");
        LeadSource src = parse(v, "source", source, LeadSource::valueOf,
                "Use one of " + Arrays.toString(LeadSource.values()) + ".");
        Long ref = parse(v, "referrer", referrer, Long::valueOf, "Use the referrer's number.");
        Instant from = parse(v, "createdFrom", createdFrom, Instant::parse,
                "Use an ISO-8601 instant, e.g. 2026-01-31T05:00:00Z.");
        Instant to = parse(v, "createdTo", createdTo, Instant::parse,
                "Use an ISO-8601 instant, e.g. 2026-02-28T05:00:00Z.");
        v.check(from == null || to == null || from.isBefore(to), "createdTo", "createdTo must be after createdFrom.");
        Instant reachedAfter = parse(v, "reachedFrom", reachedFrom, Instant::parse,
                "Use an ISO-8601 instant, e.g. 2026-01-01T05:00:00Z.");
        Instant reachedBefore = parse(v, "reachedTo", reachedTo, Instant::parse,
                "Use an ISO-8601 instant, e.g. 2026-04-01T05:00:00Z.");
        v.check(reachedAfter == null || reachedBefore == null || reachedAfter.isBefore(reachedBefore), "reachedTo",
                "reachedTo must be after reachedFrom.");
        boolean reaching = reached != null && !reached.isBlank();
        v.check(reaching || reachedAfter == null && reachedBefore == null, "reached",
                "Name the stage reached (reached=) to use reachedFrom or reachedTo.");
        Boolean late = parse(v, "overdue", overdue, LeadListParameters::bool, "Use true or false.");
        CreatedWithin within = CreatedWithin.ofParameter(created);
        v.check(created == null || created.isBlank() || within != null, "created", "Use today or week.");
        v.check(campaign == null || campaign.strip().length() <= 100, "campaign",
                "A campaign's name has at most 100 characters.");
        v.throwIfInvalid();
        return new LeadFilter(null, cat, assignee, src, condition, ref, from, to, q, Boolean.TRUE.equals(late),
                stage == null || stage.isBlank() ? null : stage.strip(), status, within,
                reaching ? new ReachedStage(reached, reachedAfter, reachedBefore) : null, campaign);
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static <T> T parse(Validation v, String field, String text, Function<String, T> parser, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            boolean instant = field.startsWith("created") || field.startsWith("reached");
            return parser.apply(instant ? value : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            v.reject(field, message);
            return null;
        }
    }
}
