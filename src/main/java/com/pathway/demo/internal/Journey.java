package com.pathway.demo.internal;

import java.time.Instant;
import java.util.List;

/**
 * One generated lead: the person, how they came, and their way through the workflow. The item's
 * state follows from the steps (status and resolution of the last one, times of the first and last),
 * so it always equals the last history row.
 *
 * @param index the lead's position in the generated sequence (0 is the oldest)
 * @param duplicate whether the person had already inquired (such leads are closed as Duplicate)
 */
public record Journey(long index, Person person, Inquiry inquiry, List<Step> steps, List<Change> changes,
        String assignee, String clinician, String screeningOutcome, Instant screeningAt, boolean duplicate) {

    /** A row of the item's history: its creation (no transition, no from status) or a transition. */
    public record Step(String transition, String from, String to, String resolution, String actor, Instant at,
            Long millisInFrom, String comment, String fieldsJson) {
    }

    /** A changelog row of one of the engine's own fields (assignee, resolution). */
    public record Change(String field, String oldValue, String newValue, String actor, Instant at) {
    }

    public String status() {
        return steps.getLast().to();
    }

    public String resolution() {
        return steps.getLast().resolution();
    }

    public Instant createdAt() {
        return steps.getFirst().at();
    }

    public Instant statusChangedAt() {
        return steps.getLast().at();
    }

    public Instant updatedAt() {
        Instant last = statusChangedAt();
        for (Change c : changes) {
            if (c.at().isAfter(last)) {
                last = c.at();
            }
        }
        return last;
    }

    /** The item's optimistic-lock version: one per transition and per reassignment, as the engine counts. */
    public long itemVersion() {
        return steps.size() - 1 + changes.stream().filter(c -> "assignee".equals(c.field())).count();
    }

    /** The lead row changes once after creation when a screening is recorded. */
    public long leadVersion() {
        return screeningAt == null ? 0 : 1;
    }

    public Instant leadUpdatedAt() {
        return screeningAt == null ? createdAt() : screeningAt;
    }
}
