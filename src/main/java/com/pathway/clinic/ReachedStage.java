package com.pathway.clinic;

import java.time.Instant;

/**
 * A lead-list filter: leads whose transition history shows they reached a stage of the clinic workflow (entered
 * a status of it or of a later stage), optionally first doing so within a time range. This is the dashboard funnel's
 * meaning of "reached", so a drill-through from a funnel stage lists the leads the figure counts: leads merged
 * into another or closed as duplicates never count.
 *
 * @param stage an open stage of the published clinic workflow (case ignored)
 * @param from the first step that far at or after this instant, or null for any time
 * @param to the first step that far before this instant (exclusive), or null for any time
 */
public record ReachedStage(String stage, Instant from, Instant to) {

    public ReachedStage {
        stage = stage == null ? null : stage.strip();
    }
}
