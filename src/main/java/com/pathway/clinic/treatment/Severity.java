package com.pathway.clinic.treatment;

/** How marked a side effect was, as staff judged it. Moderate and severe ones are the notable ones. */
public enum Severity {
    MILD, MODERATE, SEVERE;

    public boolean notable() {
        return this != MILD;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
