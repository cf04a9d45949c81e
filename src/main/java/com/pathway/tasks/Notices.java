package com.pathway.tasks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.notifications.NewNotification;
import com.pathway.notifications.NotificationService;
import com.pathway.notifications.NotificationView;

/**
 * In-app notices to staff about their work (a missed service-level target), sent as the app's
 * notifications (the bell in the header lists them too). They name a lead by its key only, never health
 * information, since a notice may be read by someone who may not read the lead; opening the lead applies
 * its read rule.
 */
@Service
@Transactional
public class Notices {

    /** The kind of notification a missed target is. */
    public static final String KIND = "service-level";
    private static final String LEAD_LINK = "leads/";

    private final NotificationService notifications;

    public Notices(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Sends a notice to each recipient once (duplicates and blanks are left out). Called by jobs, without a user. */
    public void notify(Collection<String> recipients, String subject, String leadKey) {
        var unique = new LinkedHashSet<String>();
        recipients.stream().filter(r -> r != null && !r.isBlank()).map(r -> r.strip().toLowerCase(Locale.ROOT))
                .forEach(unique::add);
        unique.forEach(r -> notifications.send(new NewNotification(r, KIND, subject,
                leadKey == null ? null : LEAD_LINK + leadKey, null)));
    }

    /** The signed-in user's unread notices among their latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Notice> mine(int limit) {
        return notifications.mine(PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream()
                .filter(NotificationView::unread)
                .map(n -> new Notice(n.id(), n.text(), leadKey(n.link()), n.createdAt())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.unreadCount();
    }

    /** Marks one of the signed-in user's notices read; someone else's answers as unknown. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        notifications.markRead(id);
    }

    private static String leadKey(String link) {
        return link != null && link.startsWith(LEAD_LINK) ? link.substring(LEAD_LINK.length()) : null;
    }
}
