package com.pathway.clinic.screening;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a lead's screening (clinical content: for clinicians only).
 *
 * @param supersedes the id of the signed revision this one changes, or {@code null} for the first
 * @param contraindicated whether a contraindication item was answered yes; {@code null} until signed
 */
public record ScreeningView(long id, String leadKey, int revision, ScreeningState state, Long supersedes,
        List<Answer> answers, Boolean contraindicated, String createdBy, Instant createdAt, Instant updatedAt,
        String signedBy, String signedByName, Instant signedAt, long version) {
}
