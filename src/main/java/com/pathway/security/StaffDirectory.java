package com.pathway.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * Colleagues by name, for the people who work on leads: who may be picked for a role or mentioned in a
 * note (active accounts, found by name), and the display names behind user names. User name, display
 * name, roles and whether the account is active only; account details (e-mail, sign-ins, lockout) stay
 * with {@link UserService}, which is for administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
public class StaffDirectory {

    /** The most people one search by role answers with. */
    public static final int MAX_RESULTS = 50;

    /** How many colleagues {@link #find(String, int)} offers at most. */
    public static final int MAX_FOUND = 20;

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
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(StaffDirectory::member);
    }

    /** The accounts with these user names, by user name; unknown names are left out. */
    public Map<String, StaffMember> find(Collection<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(Set.copyOf(usernames)).stream().map(StaffDirectory::member)
                .collect(Collectors.toMap(StaffMember::username, Function.identity()));
    }

    /**
     * The active colleague with this user name (any case) who holds at least one role, if there is one.
     * Open to every caller, jobs included (a task assigned by a workflow step checks its assignee here):
     * it answers a name and roles only.
     */
    @PreAuthorize("permitAll()")
    public Optional<StaffMember> active(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(u -> u.isActive() && !u.getRoles().isEmpty()).map(StaffDirectory::member);
    }

    /** Active colleagues whose user name or display name starts a word with {@code text}, by user name. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> find(String text, int limit) {
        int size = Math.clamp(limit, 1, MAX_FOUND);
        String prefix = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return users.findActiveStaff(prefix + "%", "% " + prefix + "%", PageRequest.of(0, size)).stream()
                .map(StaffDirectory::member).toList();
    }

    /** Active users holding any of these roles, by display name (for pickers whose callers check access). */
    @PreAuthorize("permitAll()")
    public List<StaffMember> withRoles(Role first, Role... rest) {
        return users.activeWithRoles(java.util.EnumSet.of(first, rest)).stream().map(StaffDirectory::member).toList();
    }

    private static StaffMember member(UserAccount account) {
        return new StaffMember(account.getUsername(), account.getDisplayName(), account.getRoles(), account.isActive());
    }
}
