package com.pathway.clinic;

/** Why a lead may be the same person. */
public enum DuplicateReason {
    SAME_PHONE("same phone"),
    SAME_EMAIL("same e-mail"),
    SIMILAR_NAME_SAME_BIRTH_DATE("similar name, same date of birth");

    private final String label;

    DuplicateReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
