package com.pathway.security.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The user as seen while the second step is due: the same person, none of their roles. */
final class PasswordOnlyAuthentication extends AbstractAuthenticationToken {

    private final Object principal;

    PasswordOnlyAuthentication(Authentication full) {
        super(List.of(new SimpleGrantedAuthority(SecondStepSession.PENDING_AUTHORITY)));
        this.principal = full.getPrincipal();
        setDetails(full.getDetails());
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
