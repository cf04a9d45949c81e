package com.pathway.clinic.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.pathway.clinic.DuplicateCandidate;
import com.pathway.clinic.DuplicateReason;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Leads that may be the same person, one line each: who, why, and a link to open the lead (and,
 * where given, more actions such as merging).
 */
class DuplicateList extends Div {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US);

    private final SerializableFunction<DuplicateCandidate, List<Component>> actions;

    DuplicateList(SerializableFunction<DuplicateCandidate, List<Component>> actions) {
        this.actions = actions;
        addClassName("duplicate-list");
    }

    void show(List<DuplicateCandidate> candidates) {
        removeAll();
        candidates.forEach(c -> add(row(c)));
    }

    private Div row(DuplicateCandidate c) {
        Div row = new Div();
        row.addClassName("duplicate-candidate");
        row.getElement().setAttribute("data-key", c.key());
        Span who = new Span(c.firstName() + " " + c.lastName());
        who.addClassName("duplicate-name");
        Span facts = new Span(String.join(" · ", List.of(c.key(), c.status(),
                c.dateOfBirth() == null ? "no date of birth" : "born " + BIRTH.format(c.dateOfBirth()))));
        facts.addClassName("duplicate-facts");
        Span why = new Span(c.reasons().stream().sorted(Comparator.naturalOrder()).map(DuplicateReason::label)
                .collect(Collectors.joining(", ")));
        why.addClassName("duplicate-reasons");
        why.getElement().getThemeList().add("badge warning small");
        Div links = new Div(new Anchor("leads/" + c.key(), "Open " + c.key()));
        links.addClassName("duplicate-actions");
        actions.apply(c).forEach(links::add);
        row.add(who, why, facts, links);
        return row;
    }
}
