package com.pathway.workflow.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;

import com.pathway.security.CurrentUser;

/** Who is acting: the signed-in user's name and role names, or {@code system}. */
record Actor(String username, Set<String> roles) {

    static Actor current(CurrentUser currentUser) {
        return currentUser.authentication()
                .map(auth -> new Actor(auth.getName(), auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a != null && a.startsWith("ROLE_"))
                        .map(a -> a.substring("ROLE_".length()))
                        .collect(Collectors.toUnmodifiableSet())))
                .orElse(new Actor("system", Set.of()));
    }
}
