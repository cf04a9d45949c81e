package com.pathway.clinic;

/** How a lead came to the clinic. */
public enum LeadSource {
    WEB_FORM("Web form"), PHONE("Phone"), REFERRAL("Referral"), WALK_IN("Walk-in"), CAMPAIGN("Campaign"),
    OTHER("Other");

    private final String label;

    LeadSource(String label) {
        this.label = label;
    }

    /** The words staff read, in lists and exports ("Web form", not {@code WEB_FORM}). */
    public String label() {
        return label;
    }
}
