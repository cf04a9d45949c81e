package com.pathway.tasks;

import java.time.Instant;

/** An in-app notice: what it says, the lead it concerns (or null), when. */
public record Notice(long id, String subject, String leadKey, Instant createdAt) {
}
