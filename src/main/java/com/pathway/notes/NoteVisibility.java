package com.pathway.notes;

/** Who may read a note: every member of staff who may see the lead, or clinicians only. */
public enum NoteVisibility {

    GENERAL("General"),
    CLINICAL("Clinical");

    private final String label;

    NoteVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
