package com.pathway.shared.events;

import java.util.Map;

/**
 * A domain event that may be told to systems outside Pathway (through webhooks). A module publishes
 * it as an ordinary Spring application event; it leaves Pathway only after the publishing
 * transaction commits. The payload holds identifiers and workflow facts, never clinical content.
 */
public interface OutboundEvent {

    /** The event's type as subscribers see it, e.g. {@code item.transitioned}. */
    String eventType();

    /** JSON-ready facts: strings, numbers, booleans, lists and maps of those. */
    Map<String, Object> payload();
}
