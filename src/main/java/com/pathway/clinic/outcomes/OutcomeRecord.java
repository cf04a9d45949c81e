package com.pathway.clinic.outcomes;

import java.util.List;

/**
 * A lead's outcome measures, per instrument, and its newest flagged one (the mark on the lead page), or
 * {@code null} when none is flagged.
 */
public record OutcomeRecord(String leadKey, List<MeasureHistory> instruments, MeasureView latestFlag) {
}
