package com.pathway.clinic.internal;

import java.util.List;
import java.util.Optional;

/** What a screening may conclude. Only {@link #CLEARED} allows approval for treatment. */
public final class ScreeningOutcomes {

    public static final String CLEARED = "Cleared";
    public static final String CONTRAINDICATED = "Contraindicated";
    public static final List<String> ALL = List.of(CLEARED, CONTRAINDICATED);

    private ScreeningOutcomes() {
    }

    /** The outcome in its usual spelling, matched without regard to case; empty when unknown. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(o -> o.equalsIgnoreCase(text.strip())).findFirst();
    }
}
