package com.pathway.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The four-eyes rule for roles: an administrator account that also reads patient data could grant itself
 * anything and read everything unseen, so such a combination is only made with a second administrator.
 */
public final class RoleGrants {

    /** The roles that read patient data. */
    public static final Set<Role> PATIENT_DATA = EnumSet.of(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER);

    private RoleGrants() {
    }

    /**
     * The roles of a change from {@code before} to {@code after} that must wait for a second administrator:
     * ADMIN when it is added to an account that will hold a patient-data role (the patient-data roles are
     * then ordinary grants to a non-administrator), else the patient-data roles added to an account that
     * holds ADMIN. Empty when the change needs no second administrator.
     */
    public static Set<Role> needingApproval(Set<Role> before, Set<Role> after) {
        Set<Role> added = EnumSet.noneOf(Role.class);
        added.addAll(after);
        added.removeAll(before);
        boolean readsPatientData = after.stream().anyMatch(PATIENT_DATA::contains);
        if (!after.contains(Role.ADMIN) || !readsPatientData) {
            return EnumSet.noneOf(Role.class);
        }
        if (added.contains(Role.ADMIN)) {
            return EnumSet.of(Role.ADMIN);
        }
        added.retainAll(PATIENT_DATA);
        return added;
    }
}
