package com.pathway.clinic;

import java.time.Instant;

/**
 * A lead's coordinator or clinician changed (assigned, reassigned or cleared). Published inside the
 * transaction that made the change; listeners that act on it (the board refreshing its cards) run
 * after commit ({@code @TransactionalEventListener} or {@code @ApplicationModuleListener}). Holds
 * user names only, no patient data.
 *
 * @param field {@code coordinator} or {@code clinician} ({@link AssignmentField#userField()})
 * @param previous who held it before, or {@code null}
 * @param username who holds it now, or {@code null} when it was cleared
 * @param actor who made the change
 */
public record LeadAssigned(String key, String field, String previous, String username, String actor,
        Instant occurredAt) {
}
