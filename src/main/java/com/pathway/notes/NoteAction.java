package com.pathway.notes;

import java.util.EnumSet;
import java.util.Set;

import com.pathway.security.Role;

/**
 * What a user may do with notes, and the roles that may do it: the notes' permission table, in one place.
 * Which leads a user may see at all is the lead's own rule, applied before any of these.
 * Administrators have none: they read no patient data.
 */
public enum NoteAction {

    /** Read and count the general notes of a lead one may see. */
    READ_GENERAL(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER),
    /** Write, correct and pin general notes. */
    WRITE_GENERAL(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER),
    /** Read and count clinical notes (every read is audited). */
    READ_CLINICAL(Role.CLINICIAN),
    /** Write, correct and pin clinical notes. */
    WRITE_CLINICAL(Role.CLINICIAN);

    private final Set<Role> roles;

    NoteAction(Role first, Role... rest) {
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether a user holding these roles may do this. */
    public boolean allows(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public static NoteAction read(NoteVisibility visibility) {
        return visibility == NoteVisibility.CLINICAL ? READ_CLINICAL : READ_GENERAL;
    }

    public static NoteAction write(NoteVisibility visibility) {
        return visibility == NoteVisibility.CLINICAL ? WRITE_CLINICAL : WRITE_GENERAL;
    }
}
