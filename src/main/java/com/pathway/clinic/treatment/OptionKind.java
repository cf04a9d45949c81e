package com.pathway.clinic.treatment;

/** The clinic's lists behind treatment records: what a course may be for, and what side effects staff record. */
public enum OptionKind {
    INDICATION("Indications"),
    SIDE_EFFECT("Side effects");

    private final String label;

    OptionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
