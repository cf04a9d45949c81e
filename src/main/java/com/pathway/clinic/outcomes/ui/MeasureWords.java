package com.pathway.clinic.outcomes.ui;

import com.pathway.clinic.outcomes.MeasureView;

/** How a measure's numbers read on the lead page. */
final class MeasureWords {

    private MeasureWords() {
    }

    /** "14 of 27, Moderate" (the band as the clinic named it, if banded). */
    static String total(MeasureView m) {
        return m.total() + " of " + m.maxTotal() + (m.band() == null ? "" : ", " + m.band());
    }

    /** "−5 since baseline", "+3 since baseline", "no change since baseline". */
    static String change(int change) {
        return change == 0 ? "no change since baseline"
                : (change > 0 ? "+" + change : "\u2212" + (-change)) + " since baseline";
    }
}
