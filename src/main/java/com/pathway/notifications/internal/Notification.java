package com.pathway.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line for one user; it changes only once, when its recipient reads it. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false, length = 64)
    private String recipient;
    @Column(nullable = false, updatable = false, length = 32)
    private String kind;
    @Column(name = "message", nullable = false, updatable = false, length = 300)
    private String text;
    @Column(updatable = false, length = 300)
    private String link;
    @Column(updatable = false, length = 64)
    private String actor;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String kind, String text, String link, String actor, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.text = text;
        this.link = link;
        this.actor = actor;
        this.createdAt = createdAt;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public String getActor() {
        return actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
