package com.pathway.security;

import java.util.Set;

/** What an administrator may change on an existing user, against the version they started from. */
public record UserChanges(String displayName, String email, Set<Role> roles, long expectedVersion) {
}
