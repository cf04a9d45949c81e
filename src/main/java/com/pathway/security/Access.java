package com.pathway.security;

/**
 * Method-security expressions for {@code @PreAuthorize}, built from {@link Role.Names} so that no role is
 * spelled anywhere else. Each constant is named after the roles it lets in, so an annotation such as
 * {@code @PreAuthorize(Access.INTAKE_COORDINATOR_OR_MANAGER)} says who without a jump; the roles are
 * listed in {@link Role}'s order. For {@code @RolesAllowed} use {@link Role.Names} itself.
 */
public final class Access {

    // Role names quoted for SpEL.
    private static final String Q_INTAKE_COORDINATOR = "'" + Role.Names.INTAKE_COORDINATOR + "'";
    private static final String Q_CLINICIAN = "'" + Role.Names.CLINICIAN + "'";
    private static final String Q_MANAGER = "'" + Role.Names.MANAGER + "'";
    private static final String Q_ADMIN = "'" + Role.Names.ADMIN + "'";

    public static final String CLINICIAN = "hasRole(" + Q_CLINICIAN + ")";
    public static final String MANAGER = "hasRole(" + Q_MANAGER + ")";
    public static final String ADMIN = "hasRole(" + Q_ADMIN + ")";
    public static final String CLINICIAN_OR_ADMIN = "hasAnyRole(" + Q_CLINICIAN + ", " + Q_ADMIN + ")";
    public static final String MANAGER_OR_ADMIN = "hasAnyRole(" + Q_MANAGER + ", " + Q_ADMIN + ")";
    public static final String INTAKE_COORDINATOR_OR_MANAGER = "hasAnyRole(" + Q_INTAKE_COORDINATOR + ", " + Q_MANAGER + ")";
    public static final String INTAKE_COORDINATOR_OR_ADMIN = "hasAnyRole(" + Q_INTAKE_COORDINATOR + ", " + Q_ADMIN + ")";
    public static final String INTAKE_COORDINATOR_OR_CLINICIAN =
            "hasAnyRole(" + Q_INTAKE_COORDINATOR + ", " + Q_CLINICIAN + ")";
    public static final String INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER =
            "hasAnyRole(" + Q_INTAKE_COORDINATOR + ", " + Q_CLINICIAN + ", " + Q_MANAGER + ")";

    private Access() {
    }
}
