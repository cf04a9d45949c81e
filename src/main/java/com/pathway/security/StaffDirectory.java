package com.pathway.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * Who works here, for staff who mention or assign a colleague: active users with at least one role, by
 * user name and display name only. Account details (e-mail, sign-ins, lockout) stay with
 * {@link UserService}, which is for administrators.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    /** How many colleagues {@link #find} offers at most. */
    public static final int MAX_FOUND = 20;

    private final UserAccountRepository users;

    public StaffDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** The active colleague with this user name (any case), if there is one. */
    @PreAuthorize("isAuthenticated()")
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

    private static StaffMember member(UserAccount u) {
        return new StaffMember(u.getUsername(), u.getDisplayName(), u.getRoles());
    }
}
