package com.pathway.security;

import java.time.Instant;
import java.util.Set;

/** A user as lists and forms show it. */
public record UserSummary(long id, String username, String displayName, String email, Set<Role> roles,
        boolean active, boolean locked, Instant lockedUntil, Instant lastLoginAt, Instant createdAt,
        long version) {
}
