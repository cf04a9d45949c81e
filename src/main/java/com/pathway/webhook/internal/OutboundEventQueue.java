package com.pathway.webhook.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.pathway.shared.events.OutboundEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each {@link OutboundEvent} into one pending delivery per active webhook that wants it, in the
 * transaction of the change that raised the event (an outbox): the change and its deliveries commit
 * together or not at all, so a crash right after the commit loses no delivery, and a rolled-back
 * change tells no one. {@link WebhookDispatcher} sends pending deliveries after the commit, also after
 * a restart.
 */
@Component
public class OutboundEventQueue {

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;

    public OutboundEventQueue(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, JsonMapper json,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Transactional
    public void on(OutboundEvent event) {
        for (Webhook webhook : webhooks.findByActiveTrue()) {
            if (webhook.wants(event.eventType())) {
                enqueue(webhook, event.eventType(), event.payload());
            }
        }
    }

    /** Queues one delivery to one webhook, whatever event types it wants (used for test pings). */
    public WebhookDelivery enqueue(Webhook webhook, String eventType, Map<String, Object> data) {
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", eventType);
        body.put("occurredAt", now.toString());
        body.put("data", data);
        return deliveries.save(new WebhookDelivery(webhook.getId(), eventId, eventType,
                json.writeValueAsString(body), now));
    }
}
