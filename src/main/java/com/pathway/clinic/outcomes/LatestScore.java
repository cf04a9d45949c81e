package com.pathway.clinic.outcomes;

import java.time.Instant;

/**
 * A lead's latest total on one questionnaire and its change since the first one recorded (the baseline;
 * {@code null} with a single measure), for lists such as My patients.
 */
public record LatestScore(Instrument instrument, int total, Integer changeSinceBaseline, Instant recordedAt) {

    /** "PHQ-9 12 (−6)" or "GAD-7 9" without a baseline to compare with. */
    public String text() {
        String change = changeSinceBaseline == null ? ""
                : " (" + (changeSinceBaseline > 0 ? "+" : changeSinceBaseline < 0 ? "−" : "±")
                        + Math.abs(changeSinceBaseline) + ")";
        return instrument.label() + " " + total + change;
    }
}
