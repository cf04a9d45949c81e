package com.pathway.security;

import java.time.Instant;
import java.util.Set;

/** The signed-in user's own account, for the profile and home pages. */
public record MyAccount(String username, String displayName, String email, Set<Role> roles,
        Instant lastLoginAt, Instant previousLoginAt, Instant passwordChangedAt, long activeApiTokens) {
}
