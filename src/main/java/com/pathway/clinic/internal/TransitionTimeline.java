package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.pathway.clinic.TimelineEntry;
import com.pathway.clinic.TimelineSource;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.WorkflowService;

/** The lead's status changes in its timeline: creation and every transition, with its comment. */
@Component
@Order(1)
class TransitionTimeline implements TimelineSource {

    private final WorkflowService workflow;

    TransitionTimeline(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<TimelineEntry> newest(String key, int limit) {
        return workflow.historyNewestFirst(key, PageRequest.of(0, limit)).stream().map(TransitionTimeline::entry)
                .toList();
    }

    private static TimelineEntry entry(HistoryEntry h) {
        if (h.transition() == null) {
            return new TimelineEntry(h.occurredAt(), "transition", "Created in " + h.toStatus(), List.of(), h.actor());
        }
        List<String> details = new ArrayList<>();
        details.add(h.fromStatus() + " → " + h.toStatus());
        if (h.resolution() != null) {
            details.add("Resolution: " + h.resolution());
        }
        if (h.comment() != null) {
            details.add("“" + h.comment() + "”");
        }
        return new TimelineEntry(h.occurredAt(), "transition", h.transition(), details, h.actor());
    }
}
