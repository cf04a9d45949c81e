package com.pathway.clinic.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * A recorded outcome measure (clinical content: clinicians only).
 *
 * @param band the clinic's severity band when it was recorded, or {@code null} without bands
 * @param flagged PHQ-9 item 9 was answered above 0
 */
public record MeasureView(long id, String leadKey, Instrument instrument, List<Integer> answers, int total,
        int maxTotal, String band, boolean flagged, String recordedBy, String recordedByName, Instant recordedAt) {
}
