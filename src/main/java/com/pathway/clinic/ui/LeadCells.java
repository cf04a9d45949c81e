package com.pathway.clinic.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Phones;
import com.pathway.clinic.treatment.CourseProgress;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The lead list's cells that are more than text: the key's link, the whole name, the phone to dial, the badges. Each is
 * drawn in the browser from a few values per row (a {@link LitRenderer}), so a page of 50 rows holds no server-side
 * component per cell.
 */
final class LeadCells {

    private final Phones phones;
    private final Clock clock;

    LeadCells(Phones phones, Clock clock) {
        this.phones = phones;
        this.clock = clock;
    }

    /** The key as a link to the lead's page (router-handled, so a plain click stays in the app). */
    static LitRenderer<LeadSummary> keyLink() {
        return LitRenderer.<LeadSummary>of(
                "<a class=\"lead-key-link\" href=\"leads/${item.key}\" router-link>${item.key}</a>")
                .withProperty("key", LeadSummary::key);
    }

    /** The whole name, wrapping rather than cut off. */
    static LitRenderer<LeadSummary> name() {
        return LitRenderer.<LeadSummary>of("<span class=\"lead-name\">${item.name}</span>")
                .withProperty("name", lead -> lead.lastName() + ", " + lead.firstName());
    }

    /** The status as a small badge of its category's colour, with the status as its tooltip for a narrow column. */
    static LitRenderer<LeadSummary> status() {
        return badge("lead-status", lead -> Map.of("text", lead.status(), "title", lead.status(),
                "theme", "badge pill small " + LeadLabels.categoryTheme(lead.category())));
    }

    /** "Overdue" when the lead has been in its status longer than the clinic allows; empty otherwise. */
    static LitRenderer<LeadSummary> overdue() {
        return badge("lead-due", lead -> lead.overdue()
                ? Map.of("text", "Overdue", "title", "Longer in this status than the clinic allows",
                        "theme", "badge pill small error primary")
                : Map.of());
    }

    /** The phone as staff dial it, a {@code tel:} link; nothing without a phone. */
    LitRenderer<LeadSummary> phone() {
        Function<LeadSummary, String> shown = perRow(lead -> hasPhone(lead) ? phones.display(lead.phone()) : "", 2);
        return LitRenderer.<LeadSummary>of("<a class=\"lead-phone\" href=\"${item.tel}\" title=\"${item.title}\""
                + " ?hidden=\"${!item.tel}\">${item.shown}</a>")
                .withProperty("tel", lead -> hasPhone(lead) ? Phones.telHref(lead.phone()) : "")
                .withProperty("shown", shown::apply)
                .withProperty("title", lead -> {
                    String number = shown.apply(lead);
                    return number.isEmpty() ? "" : "Call " + number;
                });
    }

    private static boolean hasPhone(LeadSummary lead) {
        return lead.phone() != null && !lead.phone().isBlank();
    }

    /** Whole days since the lead entered its status. */
    String daysInStatus(LeadSummary lead) {
        return String.valueOf(Math.max(0, Duration.between(lead.statusChangedAt(), clock.instant()).toDays()));
    }

    /**
     * A course's progress ("3 of 6"), red when the lead is at risk of dropping off, read out with that risk; empty
     * without a course.
     */
    static LitRenderer<LeadSummary> progress(Function<LeadSummary, CourseProgress> progressOf) {
        return badge("lead-course", lead -> {
            CourseProgress progress = progressOf.apply(lead);
            if (progress == null) {
                return Map.of();
            }
            return progress.atRisk()
                    ? Map.of("text", progress.text(), "title", CourseProgress.AT_RISK, "label", progress.line(),
                            "theme", "badge error small")
                    : Map.of("text", progress.text());
        });
    }

    /**
     * A span of class {@code className} whose text, tooltip, accessible name and theme are the row's {@code text},
     * {@code title}, {@code label} and {@code theme} (each absent: none).
     */
    static LitRenderer<LeadSummary> badge(String className, Function<LeadSummary, Map<String, String>> valuesOf) {
        // Once per row: the four properties are read one after the other, and a target's text and colour come
        // from one reading of the clock.
        Function<LeadSummary, Map<String, String>> values = perRow(valuesOf, 4);
        return LitRenderer.<LeadSummary>of("<span class=\"" + className + "\" theme=\"${item.theme}\""
                + " title=\"${item.title}\" .ariaLabel=\"${item.label || null}\">${item.text}</span>")
                .withProperty("text", lead -> values.apply(lead).getOrDefault("text", ""))
                .withProperty("title", lead -> values.apply(lead).getOrDefault("title", ""))
                .withProperty("theme", lead -> values.apply(lead).getOrDefault("theme", ""))
                .withProperty("label", lead -> values.apply(lead).getOrDefault("label", ""));
    }

    /**
     * {@code compute} made once for each time a row is drawn, however many of its cell's properties read it: a
     * renderer reads each property of one row once, one after the other, before the next row ({@code reads} is how
     * many of them read this value). A row drawn again (selected, say) is computed again.
     */
    static <R, T> Function<R, T> perRow(Function<R, T> compute, int reads) {
        return new Function<>() {
            private R row;
            private T value;
            private int left;

            @Override
            public T apply(R lead) {
                if (lead != row || left == 0) {
                    value = compute.apply(lead);
                    row = lead;
                    left = reads;
                }
                left--;
                return value;
            }
        };
    }

    /** A header that wraps onto two lines instead of widening its column. */
    static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("leads-wrapping-header");
        return header;
    }
}
