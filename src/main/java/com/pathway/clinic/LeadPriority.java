package com.pathway.clinic;

public enum LeadPriority {
    LOW("Low"), NORMAL("Normal"), HIGH("High"), URGENT("Urgent");

    private final String label;

    LeadPriority(String label) {
        this.label = label;
    }

    /** The words staff read, in lists and exports. */
    public String label() {
        return label;
    }
}
