package com.pathway.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/**
 * Where staff e-mail goes: the address of an active colleague who works on leads. For the mail jobs, which
 * run without a signed-in user; an account without an address, inactive or without a lead-work role gets
 * no e-mail.
 */
@Service
@Transactional(readOnly = true)
public class StaffMailboxes {

    /** A colleague who can be e-mailed. */
    public record Mailbox(String username, String displayName, String email) {
    }

    private static final EnumSet<Role> LEAD_WORK = EnumSet.of(Role.INTAKE_COORDINATOR, Role.CLINICIAN, Role.MANAGER);

    private final UserAccountRepository users;

    public StaffMailboxes(UserAccountRepository users) {
        this.users = users;
    }

    /** The address of this active colleague (any case), if they have one. */
    @PreAuthorize("permitAll()") // jobs without a user; a colleague's work address only
    public Optional<Mailbox> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).flatMap(StaffMailboxes::mailbox);
    }

    /** Every active colleague who works on leads and has an address, by display name. */
    @PreAuthorize("permitAll()") // jobs without a user (the morning digest)
    public List<Mailbox> all() {
        return users.activeWithRoles(LEAD_WORK).stream().map(StaffMailboxes::mailbox).flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Mailbox> mailbox(UserAccount u) {
        if (!u.isActive() || u.getEmail() == null || u.getEmail().isBlank()
                || u.getRoles().stream().noneMatch(LEAD_WORK::contains)) {
            return Optional.empty();
        }
        return Optional.of(new Mailbox(u.getUsername(), u.getDisplayName(), u.getEmail()));
    }
}
