package com.pathway.workflow;

/** Jira's three status categories; boards and reports group statuses by them. */
public enum StatusCategory {
    TODO("To do"), IN_PROGRESS("In progress"), DONE("Done");

    private final String label;

    StatusCategory(String label) {
        this.label = label;
    }

    /** The words staff read, as Jira writes them ("To do", not {@code TODO}). */
    public String label() {
        return label;
    }
}
