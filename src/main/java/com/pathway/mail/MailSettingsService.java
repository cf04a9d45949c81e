package com.pathway.mail;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.mail.internal.Preferences;
import com.pathway.security.CurrentUser;
import com.pathway.security.StaffMailboxes;

/** Each user's own choice of staff e-mails (digest, due notices, mentions); nobody sees another's. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MailSettingsService {

    private final Preferences preferences;
    private final StaffMailboxes mailboxes;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MailSettingsService(Preferences preferences, StaffMailboxes mailboxes, CurrentUser currentUser,
            Clock clock) {
        this.preferences = preferences;
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MailSettings mine() {
        String me = me();
        Preferences.Choice c = preferences.of(me);
        return new MailSettings(mailboxes.of(me).map(StaffMailboxes.Mailbox::email).orElse(null), c.dailyDigest(),
                c.dueNotices(), c.mentions());
    }

    /** Saves the caller's choices (the address is the account's and is not changed here). */
    public MailSettings change(boolean dailyDigest, boolean dueNotices, boolean mentions) {
        preferences.save(me(), new Preferences.Choice(dailyDigest, dueNotices, mentions), clock.instant());
        return mine();
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
