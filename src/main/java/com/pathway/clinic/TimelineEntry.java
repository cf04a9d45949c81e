package com.pathway.clinic;

import java.time.Instant;
import java.util.List;

/**
 * One moment in a lead's activity timeline.
 *
 * @param kind which source it comes from, e.g. {@code transition} or {@code change} (later
 *        {@code note}, {@code task}); views may style by it
 * @param title what happened, in a few words
 * @param details lines that say more (field changes, a comment); may be empty
 * @param actor who did it
 */
public record TimelineEntry(Instant at, String kind, String title, List<String> details, String actor) {

    public TimelineEntry {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
