package com.pathway.clinic.treatment;

/**
 * The clinic's lists behind treatment records: what a course may be for, what side effects staff record, and
 * the routes a dose step may be given by.
 */
public enum OptionKind {
    INDICATION("Indications"),
    SIDE_EFFECT("Side effects"),
    ROUTE("Routes");

    private final String label;

    OptionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
