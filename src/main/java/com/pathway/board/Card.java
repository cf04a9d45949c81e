package com.pathway.board;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One item as a card, as its plugin describes it.
 *
 * @param key the work item's key
 * @param title what the card is called (a lead's name)
 * @param status the item's status
 * @param statusSince when it entered that status
 * @param overdueLimit how long it may stay in that status, if the workflow limits it
 * @param overdue it has stayed longer than the limit
 * @param assignee who it is assigned to, or {@code null}
 * @param facts short values by {@link CardField} id (priority, condition…), in the order shown
 * @param tags its tags
 */
public record Card(String key, String title, String status, Instant statusSince, Duration overdueLimit,
        boolean overdue, Person assignee, Map<String, String> facts, List<String> tags) {

    public Card {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
