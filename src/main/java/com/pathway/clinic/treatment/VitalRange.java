package com.pathway.clinic.treatment;

import java.time.Instant;

/**
 * The clinic's range for one vital sign: readings from {@code low} to {@code high} (either null: no limit on
 * that side) are inside it. {@code shipped}: still the default Pathway was installed with; otherwise who
 * changed it last and when. {@code version}: what a change names (If-Match) so that no one's edit is lost.
 */
public record VitalRange(VitalSign sign, Integer low, Integer high, boolean shipped, String changedBy,
        Instant changedAt, long version) {

    /** The range in words with its unit: "50–120 per minute", "at most 180 mmHg", "at least 92%", "no range". */
    public String text() {
        if (low != null && high != null) {
            return low + "–" + sign.withUnit(high);
        }
        if (high != null) {
            return "at most " + sign.withUnit(high);
        }
        return low != null ? "at least " + sign.withUnit(low) : "no range";
    }

    /** Whether a reading lies outside the range: "Above the clinic's range (max 180)", or null when inside. */
    public String note(Integer value) {
        if (value == null) {
            return null;
        }
        if (high != null && value > high) {
            return "Above the clinic's range (max " + high + ")";
        }
        if (low != null && value < low) {
            return "Below the clinic's range (min " + low + ")";
        }
        return null;
    }
}
