package com.pathway.security.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.AccountPrincipal;
import com.pathway.security.Role;

/** Loads users for the sign-in form: deactivated users are disabled, locked ones are locked. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    public AccountDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return users.findByUsername(normalised)
                .map(this::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    AccountPrincipal toPrincipal(UserAccount user) {
        return new AccountPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getRoles(), user.isActive(), !user.isLockedAt(clock.instant()),
                user.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
    }
}
