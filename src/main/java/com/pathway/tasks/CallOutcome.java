package com.pathway.tasks;

/** What happened on a call, recorded when a call task is completed. */
public enum CallOutcome {
    REACHED("Reached"),
    VOICEMAIL("Left voicemail"),
    NO_ANSWER("No answer"),
    WRONG_NUMBER("Wrong number");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
