package com.pathway.clinic;

import java.util.EnumSet;
import java.util.Set;

import com.pathway.security.Role;

/**
 * What a user may do to leads, and the roles that may do it: the clinic's permission table, in one
 * place. {@link LeadPermissions} answers from it for services, views and the API alike.
 */
public enum LeadAction {

    /** Open one lead: its contact, intake and consent details and its timeline. */
    VIEW(Role.INTAKE_COORDINATOR, Role.MANAGER, Role.CLINICIAN),
    /** List and search leads, and look for possible duplicates. */
    LIST(Role.INTAKE_COORDINATOR, Role.MANAGER, Role.CLINICIAN),
    CREATE(Role.INTAKE_COORDINATOR, Role.MANAGER),
    /** Change a lead's contact and intake fields. */
    EDIT(Role.INTAKE_COORDINATOR, Role.MANAGER),
    MERGE(Role.INTAKE_COORDINATOR, Role.MANAGER),
    /**
     * Import leads from a CSV file. Not administrators: the import preview checks each row against the
     * stored leads, and even a bare "may be a duplicate" tells whether a phone number or e-mail
     * address belongs to a patient of the clinic.
     */
    IMPORT(Role.INTAKE_COORDINATOR),
    EXPORT(Role.MANAGER),
    RECORD_SCREENING(Role.CLINICIAN),
    /** Reschedule a lead's appointment (booking it is the workflow's "Schedule consultation", with its own rule). */
    RESCHEDULE(Role.INTAKE_COORDINATOR, Role.MANAGER),
    /** Read a screening's outcome (clinical content); everyone else who may view sees only that it is complete. */
    READ_SCREENING(Role.CLINICIAN),
    CREATE_REFERRER(Role.INTAKE_COORDINATOR, Role.MANAGER),
    /** Give a lead they may read a coordinator or a clinician, or clear one: the picker on the lead page. */
    ASSIGN(Role.INTAKE_COORDINATOR, Role.MANAGER),
    /** Take a lead they may read themselves ("Assign to me"), in the field their role fits ({@link AssignmentField}). */
    ASSIGN_SELF(Role.INTAKE_COORDINATOR, Role.MANAGER, Role.CLINICIAN),
    /** Reassign many leads at once, from the lead list's selection or the board. */
    ASSIGN_MANY(Role.MANAGER),
    /**
     * Close many leads selected on the list at once. Each still runs the workflow's close transition,
     * whose conditions and validators decide per lead; clinicians close one lead at a time.
     */
    CLOSE_SELECTED(Role.INTAKE_COORDINATOR, Role.MANAGER),
    /**
     * Open one lead outside one's own scope for a limited time, giving a reason ("break the glass"); every
     * read in that time is audited with the reason. Not intake coordinators (who read every lead) nor
     * administrators (who read none: they review emergency access instead).
     */
    EMERGENCY_ACCESS(Role.CLINICIAN, Role.MANAGER);

    private final Set<Role> roles;

    LeadAction(Role first, Role... rest) {
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    /** The roles that may do this; a user holding any of them may. */
    public Set<Role> roles() {
        return roles;
    }
}
