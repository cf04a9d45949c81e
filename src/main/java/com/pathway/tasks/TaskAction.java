package com.pathway.tasks;

import java.util.EnumSet;
import java.util.Set;

import com.pathway.security.Role;

/**
 * What a user may do with tasks, and the roles that may: the tasks module's permission table.
 * Which leads' tasks they reach is the lead's read rule; which tasks of a lead a clinician may change
 * is {@link TaskPermissions#mayChange}.
 */
public enum TaskAction {

    /** See the tasks of leads one may read, and one's own work. */
    VIEW(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER),
    /** Create, edit, complete and cancel tasks (clinicians: their own and clinical ones). */
    MANAGE(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER),
    /** See everyone's work and reassign tasks in bulk. */
    MANAGE_TEAM(Role.MANAGER),
    /** Change any task of a readable lead, whoever it is assigned to and whatever its type. */
    CHANGE_ANY(Role.INTAKE_COORDINATOR, Role.MANAGER);

    private final Set<Role> roles;

    TaskAction(Role first, Role... rest) {
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    public Set<Role> roles() {
        return roles;
    }
}
