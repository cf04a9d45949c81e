package com.pathway.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * Who works at the clinic, for assignee pickers and notices: active users holding one of the given
 * roles. Names and roles of staff only, no health data and no account details.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final UserAccountRepository users;

    public StaffDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** Active users holding any of these roles, by display name. */
    public List<StaffMember> withRoles(Role first, Role... rest) {
        return users.activeWithRoles(EnumSet.of(first, rest)).stream().map(StaffDirectory::member).toList();
    }

    /** The active user with this name (case ignored), if there is one. */
    public Optional<StaffMember> active(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).filter(UserAccount::isActive)
                .map(StaffDirectory::member);
    }

    private static StaffMember member(UserAccount u) {
        return new StaffMember(u.getUsername(), u.getDisplayName(), u.getRoles());
    }
}
