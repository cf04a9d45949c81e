package com.pathway.clinic.ui;

import java.util.Locale;

import com.pathway.clinic.LeadSource;
import com.pathway.clinic.StatusAge;
import com.pathway.workflow.StatusCategory;
import com.vaadin.flow.component.html.Span;

/** How the clinic's pages word enum values, name categories and sources, and show a lead's status. */
final class LeadLabels {

    private LeadLabels() {
    }

    /**
     * The domain's own label where the enum has one (the export writes the same words), else the
     * name in words: {@code WALK_IN} → "Walk-in", {@code EMAIL} → "E-mail".
     */
    static String of(Enum<?> value) {
        switch (value) {
            case LeadSource s -> {
                return s.label();
            }
            case com.pathway.clinic.LeadPriority p -> {
                return p.label();
            }
            case com.pathway.clinic.ContactMethod c -> {
                return c.label();
            }
            case StatusCategory c -> {
                return c.label();
            }
            default -> {
            }
        }
        if ("EMAIL".equals(value.name())) {
            return "E-mail";
        }
        if ("SMS".equals(value.name())) {
            return "Text message";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A stage as the workflow writes it ({@code aftercare}), capitalised for a label ({@code Aftercare}). */
    static String stage(String stage) {
        String words = stage.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String label(LeadSource source) {
        return source.label();
    }

    static Span status(String status, StatusCategory category) {
        Span badge = new Span(status);
        badge.addClassName("lead-status");
        badge.getElement().getThemeList().add("badge pill");
        badge.getElement().getThemeList().add(categoryTheme(category));
        return badge;
    }

    /** A status badge's colour: its category's. */
    static String categoryTheme(StatusCategory category) {
        return switch (category) {
            case TODO -> "contrast";
            case IN_PROGRESS -> "primary";
            case DONE -> "success";
        };
    }

    /** "In Contacted for 4 days": how long the lead has been in its status, beside its status badge. */
    static Span timeInStatus(String status, StatusAge age) {
        Span text = new Span("In " + status + " for " + StatusAge.words(age.inStatus()));
        text.addClassName("lead-status-age");
        return text;
    }

    /**
     * "Overdue by 1 day (limit 3 days)" as an error badge, or {@code null} when the lead is within its
     * status's limit or the status has none.
     */
    static Span overdue(StatusAge age) {
        return age.overdueBy().map(by -> {
            Span badge = new Span("Overdue by " + StatusAge.words(by) + " (limit " + StatusAge.words(age.limit()) + ")");
            badge.addClassName("lead-overdue");
            badge.getElement().getThemeList().add("badge error pill");
            return badge;
        }).orElse(null);
    }
}
