package com.pathway.notifications;

import java.time.Instant;

/** A notification as its recipient sees it; {@code readAt} is {@code null} while it is unread. */
public record NotificationView(long id, String kind, String text, String link, String actor, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
