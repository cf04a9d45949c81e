package com.pathway.clinic.treatment;

/**
 * A course template of the clinic: how many infusions and how many days apart. {@code shipped}: one of
 * Pathway's defaults, which the clinic owns like the rest (rename, change, retire).
 */
public record TemplateView(long id, String name, String description, int sessions, int intervalDays,
        boolean active, boolean shipped, long version) {

    /** "6 infusions, every 3 days". */
    public String plan() {
        return sessions + (sessions == 1 ? " infusion" : " infusions") + ", every " + intervalDays
                + (intervalDays == 1 ? " day" : " days");
    }
}
