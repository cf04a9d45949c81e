package com.pathway.shared.events;

/**
 * A kind of {@link OutboundEvent} a module publishes, as offered to administrators who subscribe.
 *
 * @param name the type, e.g. {@code item.created}
 * @param description what it means, in a few words
 */
public record OutboundEventType(String name, String description) {
}
