package com.pathway.clinic.treatment;

import java.time.Instant;
import java.util.List;

/**
 * An infusion session record as a clinician reads it. {@code number}: its place in the course (1 for the
 * first). Signed sessions are locked; {@code addenda} are the corrections written after signing.
 */
public record SessionView(long id, String leadKey, long courseId, int number, Instant startedAt, Instant endedAt,
        String staff, String staffName, List<SessionForm.DoseStep> doseSteps, List<SessionForm.Vitals> vitals,
        List<SessionForm.SideEffect> sideEffects, String observation, String recordedBy, Instant recordedAt,
        String signedBy, String signerName, Instant signedAt, List<Addendum> addenda, long version) {

    public boolean signed() {
        return signedAt != null;
    }

    /** A correction to a signed session. */
    public record Addendum(String text, String author, String authorName, Instant createdAt) {
    }
}
