package com.pathway.security;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String password) {
}
