package com.pathway.workflow;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a user in on the current thread, for service tests. The holder uses the strategy of the
 * test's own application context (see {@code support.ContextSecurityStrategy}).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
