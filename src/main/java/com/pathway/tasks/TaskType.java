package com.pathway.tasks;

/** What kind of work a task is. Clinical types may be managed by any clinician who may see the lead. */
public enum TaskType {
    CALL("Call", false),
    EMAIL("E-mail", false),
    CONSULTATION("Consultation", true),
    SCREENING("Screening visit", true),
    INFUSION("Infusion", true),
    /** A clinician looks at something flagged on the lead (e.g. an outcome measure), without saying what in the title. */
    REVIEW("Clinical review", true),
    FOLLOW_UP("Follow-up check-in", false),
    OTHER("Other", false);

    private final String label;
    private final boolean clinical;

    TaskType(String label, boolean clinical) {
        this.label = label;
        this.clinical = clinical;
    }

    public String label() {
        return label;
    }

    public boolean clinical() {
        return clinical;
    }
}
