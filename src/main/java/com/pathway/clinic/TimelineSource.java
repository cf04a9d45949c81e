package com.pathway.clinic;

import java.util.List;

/**
 * Something that adds entries to a lead's activity timeline (a Spring bean): transitions and field
 * changes today, notes and tasks when their modules come. {@link LeadTimeline} has checked that the
 * current user may see the lead before it asks.
 */
public interface TimelineSource {

    /** The newest entries of the lead, at most {@code limit}, newest first. */
    List<TimelineEntry> newest(String key, int limit);
}
