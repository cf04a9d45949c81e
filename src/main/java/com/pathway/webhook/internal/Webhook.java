package com.pathway.webhook.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A URL that wants some event types, with the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 2000)
    private String url;

    @Convert(converter = WebhookEncryption.Secret.class)
    @Column(nullable = false)
    private String secret;

    @Column(name = "event_types", nullable = false, length = 2000)
    private String eventTypes;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Webhook() {
    }

    public Webhook(String name, String url, String secret, Collection<String> eventTypes, String createdBy,
            Instant now) {
        this.name = name;
        this.url = url;
        this.secret = secret;
        this.eventTypes = String.join(",", eventTypes.stream().sorted().toList());
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean wants(String eventType) {
        return active && eventTypes().contains(eventType);
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public void changeSecret(String secret, Instant now) {
        this.secret = secret;
        this.updatedAt = now;
    }

    public List<String> eventTypes() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
