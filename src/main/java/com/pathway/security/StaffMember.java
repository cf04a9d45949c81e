package com.pathway.security;

import java.util.Set;

/** A member of staff as pickers show them: user name, display name and roles. */
public record StaffMember(String username, String displayName, Set<Role> roles) {
}
