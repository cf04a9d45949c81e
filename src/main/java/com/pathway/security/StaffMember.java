package com.pathway.security;

import java.util.Set;

/**
 * A colleague as pickers, mentions and timelines name them: user name, display name, roles and whether
 * the account is active. Holds no contact details and nothing about patients.
 */
public record StaffMember(String username, String displayName, Set<Role> roles, boolean active) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
