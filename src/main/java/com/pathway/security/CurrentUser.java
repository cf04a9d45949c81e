package com.pathway.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request, for services and views alike. */
@Component
public class CurrentUser {

    public Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The user name, or {@code "system"} when no one is signed in (start-up, scheduled jobs). */
    public String usernameOrSystem() {
        return username().orElse("system");
    }

    public Optional<Long> userId() {
        return authentication().map(Authentication::getPrincipal)
                .filter(AccountPrincipal.class::isInstance)
                .map(p -> ((AccountPrincipal) p).userId());
    }

    public String displayName() {
        return authentication().map(auth -> auth.getPrincipal() instanceof AccountPrincipal p
                ? p.displayName() : auth.getName()).orElse("");
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication().ifPresent(auth -> {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(authority.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
        });
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
