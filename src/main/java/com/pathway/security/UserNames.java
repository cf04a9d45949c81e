package com.pathway.security;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * Users' full names by user name, for showing who an item is assigned to (initials with the name on
 * hover). Every signed-in user may ask: a colleague's name is what the app shows wherever work is shared.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserNames {

    private final UserAccountRepository users;

    public UserNames(UserAccountRepository users) {
        this.users = users;
    }

    /** The full names of these users; unknown user names are left out. At most 500 names per call. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        if (usernames.size() > 500) {
            throw com.pathway.shared.InvalidInputException.of("usernames", "Ask for at most 500 names at once.");
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
    }
}
