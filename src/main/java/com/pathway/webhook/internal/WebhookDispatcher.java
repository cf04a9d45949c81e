package com.pathway.webhook.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.webhook.DeliveryStatus;
import com.pathway.webhook.WebhookProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends due deliveries: a POST of the stored JSON body, signed, with a time limit, no redirects
 * followed, only to public addresses ({@link OutboundHttp}). A 2xx answer delivers it; anything else,
 * or no answer, schedules a retry until the attempts run out. The delivery log keeps a generic reason;
 * the connection error itself (which could map internal hosts and ports) goes to the server log only.
 * The HTTP call happens outside any database transaction. One node at a time runs the job.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookProperties properties;
    private final RetrySchedule retries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OutboundHttp http;

    public WebhookDispatcher(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
            WebhookProperties properties, TransactionTemplate transactions, Clock clock, OutboundHttp http) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.properties = properties;
        this.retries = RetrySchedule.of(properties);
        this.transactions = transactions;
        this.clock = clock;
        this.http = http;
    }

    @Scheduled(fixedDelayString = "${pathway.webhooks.poll-interval:5s}", initialDelayString = "${pathway.webhooks.poll-interval:5s}")
    @SchedulerLock(name = "webhook-dispatch", lockAtMostFor = "10m")
    public void dispatchOnSchedule() {
        if (properties.dispatch()) {
            dispatchDue();
        }
    }

    /** Sends every delivery that is due now (at most one batch); returns how many were attempted. */
    public int dispatchDue() {
        List<Long> due = transactions.execute(status -> deliveries.findDue(DeliveryStatus.PENDING, clock.instant(),
                PageRequest.of(0, properties.batchSize())));
        due.forEach(this::attempt);
        return due.size();
    }

    private void attempt(long deliveryId) {
        record Target(String url, String secret, String body, String eventType, String eventId) {
        }
        Target target = transactions.execute(status -> {
            WebhookDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
            Webhook webhook = webhooks.findById(delivery.getWebhookId()).orElseThrow();
            return new Target(webhook.getUrl(), webhook.getSecret(), delivery.getPayload(), delivery.getEventType(),
                    delivery.getEventId());
        });
        Integer statusCode = null;
        String error = null;
        try {
            statusCode = http.postJson(target.url(), Map.of(
                    "User-Agent", "Pathway-Webhooks/1",
                    "X-Pathway-Event", target.eventType(),
                    "X-Pathway-Delivery", target.eventId(),
                    WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signatureHeader(target.secret(),
                            clock.instant().getEpochSecond(), target.body())), target.body());
            if (statusCode < 200 || statusCode > 299) {
                error = "The receiver answered HTTP " + statusCode + ".";
            }
        } catch (OutboundAddresses.RefusedTarget e) {
            error = "Not sent: " + e.getMessage();
        } catch (InterruptedIOException e) {
            error = "The receiver did not answer in time.";
            log.info("Webhook delivery {} to {} timed out: {}", deliveryId, target.url(), e.toString());
        } catch (IOException | IllegalArgumentException e) {
            error = "The receiver could not be reached.";
            log.info("Webhook delivery {} to {} could not connect: {}", deliveryId, target.url(), e.toString());
        }
        Integer code = statusCode;
        String problem = error;
        transactions.executeWithoutResult(status -> {
            WebhookDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
            Instant now = clock.instant();
            if (problem == null) {
                delivery.succeeded(code, now);
            } else {
                delivery.failed(code, problem, now, retries.nextAttempt(delivery.getAttempts() + 1, now));
                log.info("Webhook delivery {} ({}) to {} failed: {}", deliveryId, target.eventType(), target.url(),
                        problem);
            }
        });
    }
}
