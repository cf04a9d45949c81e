package com.pathway.tasks;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.CurrentUser;
import com.pathway.shared.NotFoundException;
import com.pathway.tasks.internal.Notification;
import com.pathway.tasks.internal.NotificationRepository;

/**
 * In-app notices to staff (a missed service-level target). They name a lead by its key only, never
 * health information, since a notice may be read by someone who may not read the lead; opening the
 * lead applies its read rule. E-mail will read the same notices.
 */
@Service
@Transactional
public class Notices {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Notices(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends a notice to each recipient once (duplicates and blanks are left out). Called by jobs, without a user. */
    public void notify(Collection<String> recipients, String subject, String leadKey) {
        var unique = new LinkedHashSet<String>();
        recipients.stream().filter(r -> r != null && !r.isBlank()).map(r -> r.strip().toLowerCase(Locale.ROOT))
                .forEach(unique::add);
        unique.forEach(r -> notifications.save(new Notification(r, subject, leadKey, clock.instant())));
    }

    /** The signed-in user's unread notices, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Notice> mine(int limit) {
        return notifications.findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(me(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream()
                .map(n -> new Notice(n.getId(), n.getSubject(), n.getItemKey(), n.getCreatedAt())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** Marks one of the signed-in user's notices read; someone else's answers as unknown. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        Notification n = notifications.findById(id).filter(x -> x.getRecipient().equals(me()))
                .orElseThrow(() -> new NotFoundException("There is no notice " + id + "."));
        n.markRead(clock.instant());
    }

    private String me() {
        return currentUser.usernameOrSystem().toLowerCase(Locale.ROOT);
    }
}
