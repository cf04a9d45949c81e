package com.pathway.clinic.treatment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A course template of the clinic: its phases in order, each so many infusions so many days apart.
 * {@code shipped}: one of Pathway's defaults, which the clinic owns like the rest (rename, change, retire).
 */
public record TemplateView(long id, String name, String description, List<PhaseView> phases, boolean active,
        boolean shipped, long version) {

    public TemplateView {
        phases = List.copyOf(phases);
    }

    /** How many infusions all phases plan together. */
    public int sessions() {
        return phases.stream().mapToInt(PhaseView::sessions).sum();
    }

    /**
     * "6 infusions, every 3 days" for one phase; "Induction: 6 infusions, every 3 days · then Maintenance from 28
     * days after: 3 infusions, every 28 days" for several.
     */
    public String plan() {
        if (phases.size() == 1) {
            return phases.getFirst().plan();
        }
        return java.util.stream.IntStream.range(0, phases.size()).mapToObj(i -> {
            PhaseView p = phases.get(i);
            return i == 0 ? p.name() + ": " + p.plan()
                    : "then " + p.name() + " from " + PhaseView.days(p.startAfterDays() == null ? 0 : p.startAfterDays())
                            + " after: " + p.plan();
        }).collect(Collectors.joining(" · "));
    }
}
