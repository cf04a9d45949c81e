package com.pathway.webhook.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.pathway.webhook.DeliveryStatus;

/** One event on its way to one webhook: the exact body sent, and how the attempts went. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(nullable = false, length = 16000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long webhookId, String eventId, String eventType, String payload, Instant now) {
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The receiver took it. */
    public void succeeded(int statusCode, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatusCode = statusCode;
        lastError = null;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** An attempt failed; {@code retryAt} is when to try again, or {@code null} to give up. */
    public void failed(Integer statusCode, String error, Instant now, Instant retryAt) {
        attempts++;
        lastAttemptAt = now;
        lastStatusCode = statusCode;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        status = retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        nextAttemptAt = retryAt;
    }

    /** An administrator asks for one more attempt now. */
    public void retryNow(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
