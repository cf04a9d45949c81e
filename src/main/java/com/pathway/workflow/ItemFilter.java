package com.pathway.workflow;

/** Filters for listing items; every part is optional. */
public record ItemFilter(String project, String type, String status, StatusCategory category, String assignee) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null);
    }
}
