package com.pathway.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
 * followed. A 2xx answer delivers it; anything else, or no answer, schedules a retry until the
 * attempts run out. The HTTP call happens outside any database transaction. One node at a time runs
 * the job.
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
    private final HttpClient http;

    public WebhookDispatcher(WebhookRepository webhooks, WebhookDeliveryRepository deliveries,
            WebhookProperties properties, TransactionTemplate transactions, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.properties = properties;
        this.retries = RetrySchedule.of(properties);
        this.transactions = transactions;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Pathway-Webhooks/1")
                    .header("X-Pathway-Event", target.eventType())
                    .header("X-Pathway-Delivery", target.eventId())
                    .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signatureHeader(target.secret(),
                            clock.instant().getEpochSecond(), target.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(target.body()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            statusCode = response.statusCode();
            if (statusCode < 200 || statusCode > 299) {
                error = "The receiver answered HTTP " + statusCode + ".";
            }
        } catch (IOException | IllegalArgumentException e) {
            error = "No answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted while sending.";
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
