package com.pathway.workflow;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs a user in on the current thread, for service tests. Each application context has its own
 * security-context strategy bean (Vaadin installs one per context), so a test hands over its
 * context's strategy with {@link #use} before signing anyone in.
 */
public final class SignedIn {

    private static volatile SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

    private SignedIn() {
    }

    public static void use(SecurityContextHolderStrategy contextStrategy) {
        strategy = contextStrategy;
    }

    public static void as(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        strategy.setContext(context);
        // Code that reads the static holder (CurrentUser) sees the newest context's strategy.
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        strategy.clearContext();
        SecurityContextHolder.clearContext();
    }
}
