package com.pathway.workflow.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.pathway.shared.events.OutboundEventCatalog;
import com.pathway.shared.events.OutboundEventType;
import com.pathway.workflow.ItemCreated;
import com.pathway.workflow.ItemTransitioned;

/** The engine's events that webhooks may subscribe to. */
@Component
class WorkflowEventTypes implements OutboundEventCatalog {

    @Override
    public List<OutboundEventType> outboundEventTypes() {
        return List.of(
                new OutboundEventType(ItemCreated.EVENT_TYPE, "A work item was created"),
                new OutboundEventType(ItemTransitioned.EVENT_TYPE, "A work item moved to another status"));
    }
}
