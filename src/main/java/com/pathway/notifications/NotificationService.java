package com.pathway.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.notifications.internal.Notification;
import com.pathway.notifications.internal.NotificationRepository;
import com.pathway.security.CurrentUser;
import com.pathway.shared.NotFoundException;

/**
 * Sends in-app notifications and lets each user read their own. Sending is for other modules' services,
 * which decide who is told what and keep clinical content out of the text; users only ever see, count
 * and mark their own.
 */
@Service
@Transactional
public class NotificationService {

    static final int MAX_TEXT = 300;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores the notification in the caller's transaction, so it exists only if what caused it commits, and
     * announces {@link NotificationSent} in that transaction.
     */
    public NotificationView send(NewNotification n) {
        if (n.recipient() == null || n.recipient().isBlank() || n.kind() == null || n.text() == null
                || n.text().isBlank()) {
            throw new IllegalArgumentException("A notification needs a recipient, a kind and a text.");
        }
        String text = n.text().strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
        Notification saved = notifications.save(new Notification(n.recipient().strip().toLowerCase(Locale.ROOT),
                n.kind(), text, n.link(), n.actor(), now()));
        events.publishEvent(new NotificationSent(saved.getRecipient(), saved.getKind(), saved.getText(),
                saved.getLink(), saved.getActor()));
        return view(saved);
    }

    /** The signed-in user's notifications, newest first, a page at a time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<NotificationView> mine(Pageable pageable) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), pageable).map(NotificationService::view);
    }

    /** How many of the signed-in user's notifications are unread (counted by the database). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** Marks one of the signed-in user's notifications read; another user's is "not found". */
    @PreAuthorize("isAuthenticated()")
    public NotificationView markRead(long id) {
        Notification n = notifications.findByIdAndRecipient(id, me())
                .orElseThrow(() -> new NotFoundException("There is no notification " + id + "."));
        n.markRead(now());
        return view(n);
    }

    /** Marks all the signed-in user's notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(me(), now());
    }

    private String me() {
        return currentUser.username().map(u -> u.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getText(), n.getLink(), n.getActor(), n.getCreatedAt(),
                n.getReadAt());
    }
}
