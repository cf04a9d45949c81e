package com.pathway.security;

/** The roles of DESIGN.md. A user may hold several. */
public enum Role {

    INTAKE_COORDINATOR("Intake coordinator",
            "Captures leads, moves them through the intake stages, manages tasks and general notes."),
    CLINICIAN("Clinician",
            "Sees leads in clinical stages or assigned to them; writes clinical notes and records."),
    MANAGER("Manager",
            "Sees all leads, reassigns work, reads dashboards and exports, reopens closed leads."),
    ADMIN("Administrator",
            "Manages users and roles, workflow and clinic configuration, and reads the audit trail.");

    /** Role names as constants, for annotations such as {@code @RolesAllowed(Role.Names.ADMIN)}. */
    public static final class Names {
        public static final String INTAKE_COORDINATOR = "INTAKE_COORDINATOR";
        public static final String CLINICIAN = "CLINICIAN";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
