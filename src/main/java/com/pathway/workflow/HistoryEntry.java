package com.pathway.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * One status change of an item.
 *
 * @param transition the transition's name; {@code null} for creation
 * @param fromStatus {@code null} for creation
 * @param millisInFromStatus how long the item had been in {@code fromStatus}
 * @param fields the values entered on the transition screen
 */
public record HistoryEntry(long id, String transition, String fromStatus, String toStatus, String resolution,
        String actor, Instant occurredAt, Long millisInFromStatus, String comment, Map<String, Object> fields) {
}
