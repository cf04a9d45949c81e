package com.pathway.clinic;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.pathway.security.Role;

/**
 * The people a lead is assigned to: its intake coordinator and its clinician, each an engine user field
 * of the lead's work item (which the read rule of leads names). Each field takes only active users
 * holding one of its roles: the coordinator an intake coordinator or a manager (managers take leads
 * themselves), the clinician a clinician.
 */
public enum AssignmentField {

    COORDINATOR("coordinator", "Coordinator", Role.INTAKE_COORDINATOR, Role.MANAGER),
    CLINICIAN("clinician", "Clinician", Role.CLINICIAN);

    private final String userField;
    private final String label;
    private final Set<Role> roles;

    AssignmentField(String userField, String label, Role first, Role... rest) {
        this.userField = userField;
        this.label = label;
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    /** The engine's user field, and the name in the API and the changelog. */
    public String userField() {
        return userField;
    }

    public String label() {
        return label;
    }

    /** The roles a person needs to be picked for this field. */
    public Set<Role> roles() {
        return roles;
    }

    /** The field whose changelog name this is, if any. */
    public static Optional<AssignmentField> ofUserField(String name) {
        for (AssignmentField field : values()) {
            if (field.userField.equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
