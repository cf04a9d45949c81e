package com.pathway.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security holds it: a user plus the id and name to show. */
public class AccountPrincipal extends User {

    private final long userId;
    private final String displayName;
    private final Set<Role> roles;

    public AccountPrincipal(long userId, String username, String passwordHash, String displayName,
            Set<Role> roles, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.userId = userId;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }
}
