package com.pathway.shared.events;

import java.util.List;

/** Implemented by a Spring bean of each module that publishes {@link OutboundEvent}s: which types it sends. */
public interface OutboundEventCatalog {

    List<OutboundEventType> outboundEventTypes();
}
