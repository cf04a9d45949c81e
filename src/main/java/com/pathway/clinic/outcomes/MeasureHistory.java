package com.pathway.clinic.outcomes;

import java.util.List;

/**
 * A lead's measures of one instrument.
 *
 * @param measures newest first
 * @param changeSinceBaseline the latest total minus the first (the baseline), or {@code null} with fewer than two
 * @param sparkline the totals oldest first as a text sparkline ({@link Trend})
 */
public record MeasureHistory(Instrument instrument, List<MeasureView> measures, Integer changeSinceBaseline,
        String sparkline) {
}
