package com.pathway.clinic;

/**
 * Who a lead is assigned to now. {@code version} is the lead's optimistic-lock version after the
 * assignment: pass it back with the next change.
 *
 * @param coordinator the intake coordinator, or {@code null}
 * @param clinician the clinician, or {@code null}
 */
public record LeadAssignees(String key, Assignee coordinator, Assignee clinician, long version) {

    public Assignee get(AssignmentField field) {
        return field == AssignmentField.COORDINATOR ? coordinator : clinician;
    }
}
