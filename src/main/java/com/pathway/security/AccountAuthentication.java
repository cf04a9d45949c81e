package com.pathway.security;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.pathway.security.internal.AccountDetailsService;

/**
 * The authentication of an account as it is now, for work done on its owner's behalf without a sign-in
 * of theirs (a secret feed address its owner handed to a calendar app): present only while the account
 * is active and not locked, with the roles it has at this moment, so that everything done under it
 * follows the owner's access as if they were signed in.
 */
@Component
public class AccountAuthentication {

    private final AccountDetailsService accounts;

    public AccountAuthentication(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    /** The owner's authentication, or empty when the account is gone, deactivated or locked. */
    public Optional<Authentication> of(String username) {
        if (username == null) {
            return Optional.empty();
        }
        try {
            AccountPrincipal principal = accounts.loadUserByUsername(username);
            if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
                return Optional.empty();
            }
            return Optional.of(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
