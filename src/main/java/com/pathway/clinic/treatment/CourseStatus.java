package com.pathway.clinic.treatment;

/**
 * Where a treatment course stands: planned until its first session is recorded, active while sessions are
 * given, completed with the workflow step that completes the series, or stopped early with a reason.
 */
public enum CourseStatus {
    PLANNED, ACTIVE, COMPLETED, STOPPED;

    public boolean open() {
        return this == PLANNED || this == ACTIVE;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
