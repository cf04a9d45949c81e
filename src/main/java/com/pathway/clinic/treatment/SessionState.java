package com.pathway.clinic.treatment;

import java.util.Locale;

/**
 * Where a booked session stands: scheduled until someone marks it done (the patient came), missed (the
 * patient did not come) or cancelled (called off beforehand). Only a scheduled session changes state.
 */
public enum SessionState {
    SCHEDULED, DONE, MISSED, CANCELLED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
