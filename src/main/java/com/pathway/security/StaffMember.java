package com.pathway.security;

import java.util.Set;

/** An active user as colleagues see them: enough to mention or assign them, nothing about their account. */
public record StaffMember(String username, String displayName, Set<Role> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
