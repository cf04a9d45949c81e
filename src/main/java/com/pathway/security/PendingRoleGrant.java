package com.pathway.security;

import java.time.Instant;
import java.util.Set;

/** Roles an administrator asked to grant that wait for a second administrator. */
public record PendingRoleGrant(long id, long userId, String username, String displayName, Set<Role> roles,
        String requestedBy, Instant requestedAt) {
}
