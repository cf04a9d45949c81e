package com.pathway.clinic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * A lead's activity timeline, newest first: the entries of every {@link TimelineSource} merged.
 * Each source reads only its newest entries from the database, so a long history costs no more
 * than the part shown.
 */
@Service
@Transactional // not read-only: reading a lead's field changes is audited
public class LeadTimeline {

    /** The newest entries, and whether older ones exist. */
    public record Page(List<TimelineEntry> entries, boolean hasOlder) {
    }

    private final List<TimelineSource> sources;
    private final WorkflowService workflow;

    public LeadTimeline(List<TimelineSource> sources, WorkflowService workflow) {
        this.sources = sources;
        this.workflow = workflow;
    }

    @PreAuthorize(LeadPermissions.VIEW)
    public Page newest(String key, int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", "Ask for 1 to 500 entries.");
        }
        WorkItemView item = workflow.get(key); // applies the lead read rule, as every source's reads do
        List<TimelineEntry> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.newest(item.key(), limit + 1)));
        // Stable: entries of the same moment keep their source's order.
        all.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return new Page(List.copyOf(all.subList(0, Math.min(limit, all.size()))), all.size() > limit);
    }
}
