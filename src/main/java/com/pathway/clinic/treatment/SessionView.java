package com.pathway.clinic.treatment;

import java.time.Instant;
import java.util.List;

/**
 * An infusion session record as a clinician reads it. {@code number}: its place in the course (1 for the
 * first). Signed sessions are locked; {@code addenda} are the corrections written after signing.
 * {@code alerts}: the vital-sign readings outside the clinic's ranges ({@link VitalRanges}), to highlight (never advice).
 */
public record SessionView(long id, String leadKey, long courseId, int number, Instant startedAt, Instant endedAt,
        String staff, String staffName, List<SessionForm.DoseStep> doseSteps, List<SessionForm.Vitals> vitals,
        List<SessionForm.SideEffect> sideEffects, String observation, String recordedBy, Instant recordedAt,
        String signedBy, String signerName, Instant signedAt, List<Addendum> addenda, Instant recoveredAt,
        Instant dischargedAt, String dischargedBy, String dischargerName, List<VitalAlert> alerts, long version) {

    public boolean signed() {
        return signedAt != null;
    }

    /** A reading outside the clinic's range: which vitals row and value, and the plain fact. */
    public record VitalAlert(int row, String field, String text) {
    }

    /** A correction to a signed session. */
    public record Addendum(String text, String author, String authorName, Instant createdAt) {
    }
}
