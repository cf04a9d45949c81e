package com.pathway.clinic.ui;

import java.time.Clock;
import java.time.Duration;

import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Phones;
import com.pathway.clinic.treatment.CourseProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** The lead list's cells that are more than text: the key's link, the whole name, the phone to dial, the badges. */
final class LeadCells {

    private final Phones phones;
    private final Clock clock;

    LeadCells(Phones phones, Clock clock) {
        this.phones = phones;
        this.clock = clock;
    }

    /** The key as a link to the lead's page (router-handled, so a plain click stays in the app). */
    static Anchor keyLink(LeadSummary lead) {
        Anchor link = new Anchor("leads/" + lead.key(), lead.key());
        link.getElement().setAttribute("router-link", true);
        link.addClassName("lead-key-link");
        return link;
    }

    /** The whole name, wrapping rather than cut off. */
    static Span name(LeadSummary lead) {
        Span name = new Span(lead.lastName() + ", " + lead.firstName());
        name.addClassName("lead-name");
        return name;
    }

    /** The phone as staff dial it, a {@code tel:} link. */
    Component phone(LeadSummary lead) {
        if (lead.phone() == null || lead.phone().isBlank()) {
            return new Span();
        }
        Anchor call = new Anchor(Phones.telHref(lead.phone()), phones.display(lead.phone()));
        call.addClassName("lead-phone");
        call.getElement().setAttribute("title", "Call " + phones.display(lead.phone()));
        return call;
    }

    /** Whole days since the lead entered its status. */
    String daysInStatus(LeadSummary lead) {
        return String.valueOf(Math.max(0, Duration.between(lead.statusChangedAt(), clock.instant()).toDays()));
    }

    /** A course's progress ("3 of 6"), red when the lead is at risk of dropping off; empty without a course. */
    static Span progress(CourseProgress progress) {
        Span span = new Span(progress == null ? "" : progress.text());
        if (progress != null && progress.atRisk()) {
            span.getElement().getThemeList().add("badge error small");
            span.getElement().setAttribute("title", CourseProgress.AT_RISK);
            span.getElement().setAttribute("aria-label", progress.line());
        }
        span.addClassName("lead-course");
        return span;
    }

    static Span overdueBadge(LeadSummary lead) {
        Span late = new Span(lead.overdue() ? "Overdue" : "");
        if (lead.overdue()) {
            late.getElement().getThemeList().add("badge pill small error primary");
            late.setTitle("Longer in this status than the clinic allows");
        }
        return late;
    }

    /** A header that wraps onto two lines instead of widening its column. */
    static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("leads-wrapping-header");
        return header;
    }
}
