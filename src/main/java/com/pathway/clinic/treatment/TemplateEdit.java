package com.pathway.clinic.treatment;

import java.util.List;

/** A course template as an administrator enters it: a name, a description and its phases in order. */
public record TemplateEdit(String name, String description, List<PhaseEdit> phases) {

    /** A template of one phase, named after the template. */
    public TemplateEdit(String name, String description, Integer sessions, Integer intervalDays) {
        this(name, description, List.of(new PhaseEdit(name, sessions, intervalDays, null)));
    }

    /**
     * One phase as entered: {@code sessions} infusions {@code intervalDays} apart; a phase after the first
     * starts {@code startAfterDays} after the previous phase's last session (ignored for the first phase).
     */
    public record PhaseEdit(String name, Integer sessions, Integer intervalDays, Integer startAfterDays) {
    }
}
