package com.pathway.security;

import java.time.Instant;

/**
 * A personal API token as listed (never its value): when it expires, and whether it may only read
 * (GET and HEAD on the API).
 */
public record ApiTokenSummary(long id, String name, String hint, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt, Instant expiresAt, boolean readOnly) {

    /** Not revoked (it may still have expired: {@link #usableAt}). */
    public boolean active() {
        return revokedAt == null;
    }

    /** Whether the API accepts the token at {@code now}: not revoked and not expired. */
    public boolean usableAt(Instant now) {
        return active() && now.isBefore(expiresAt);
    }
}
