package com.pathway.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * Colleagues by name for the people who work on leads: who may be picked for a role (active accounts
 * holding it, found by name), and the display names behind user names. Administration of accounts
 * stays with {@link UserService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
public class StaffDirectory {

    /** The most people one search answers with. */
    public static final int MAX_RESULTS = 50;

    private final UserAccountRepository users;

    public StaffDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /**
     * Active accounts holding at least one of {@code roles} whose name or user name contains
     * {@code search} (ignoring case; blank for all), by display name, at most {@code limit} (1 to 50).
     */
    public List<StaffMember> active(Set<Role> roles, String search, int limit) {
        if (roles == null || roles.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, Math.min(limit, MAX_RESULTS));
        return users.activeWithAnyRole(roles, UserAccountRepository.containsPattern(search), PageRequest.of(0, size))
                .stream().map(StaffDirectory::member).toList();
    }

    /** The account with this user name (any case), active or not. */
    public Optional<StaffMember> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).map(StaffDirectory::member);
    }

    /** The accounts with these user names, by user name; unknown names are left out. */
    public Map<String, StaffMember> find(Collection<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(Set.copyOf(usernames)).stream().map(StaffDirectory::member)
                .collect(Collectors.toMap(StaffMember::username, Function.identity()));
    }

    private static StaffMember member(UserAccount account) {
        return new StaffMember(account.getUsername(), account.getDisplayName(), account.getRoles(), account.isActive());
    }
}
