package com.pathway.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.UserAccountRepository;

/**
 * Who may be picked for a user field (a lead's clinician, an appointment's clinician): active users
 * holding one of some roles, by user name and display name only. Every signed-in user may ask, as
 * every signed-in user may fill in such a field; e-mail addresses and account details stay with
 * {@link UserService} and administrators.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class UserDirectory {

    /** The most a picker shows at once; typing narrows the list. */
    public static final int MAX_OPTIONS = 50;

    private final UserAccountRepository users;

    public UserDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /**
     * Active users holding one of {@code roles} whose user name or display name contains
     * {@code filter} (ignoring case), by display name, at most {@code limit} (capped at {@link #MAX_OPTIONS}).
     */
    public List<UserOption> active(Set<Role> roles, String filter, int offset, int limit) {
        if (roles == null || roles.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, Math.min(limit, MAX_OPTIONS));
        return users.activeWithRoles(roles, UserAccountRepository.containsPattern(filter),
                PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(u -> new UserOption(u.getUsername(), u.getDisplayName())).toList();
    }

    /** The active user with this user name, if they hold one of {@code roles}. */
    public Optional<UserOption> activeWithRole(String username, Set<Role> roles) {
        if (username == null || username.isBlank() || roles == null || roles.isEmpty()) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(u -> u.isActive() && u.getRoles().stream().anyMatch(roles::contains))
                .map(u -> new UserOption(u.getUsername(), u.getDisplayName()));
    }
}
