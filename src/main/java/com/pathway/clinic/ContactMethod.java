package com.pathway.clinic;

/** How a lead prefers to be contacted. */
public enum ContactMethod {
    PHONE("Phone"), SMS("Text message"), EMAIL("E-mail");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    /** The words staff read, on the lead page and in exports. */
    public String label() {
        return label;
    }
}
