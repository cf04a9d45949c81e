package com.pathway.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;
import com.pathway.shared.events.OutboundEventCatalog;
import com.pathway.shared.events.OutboundEventType;
import com.pathway.webhook.internal.OutboundEventQueue;
import com.pathway.webhook.internal.OutboundHttp;
import com.pathway.webhook.internal.Webhook;
import com.pathway.webhook.internal.WebhookDelivery;
import com.pathway.webhook.internal.WebhookDeliveryRepository;
import com.pathway.webhook.internal.WebhookRepository;
import com.pathway.webhook.internal.WebhookSigner;

/**
 * Administrators register webhooks, choose their event types, switch them off and on, give them a
 * new secret, send a test ping, read the delivery log and retry a failed delivery. Every change is
 * audited.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class WebhookService {

    /** Sent on request to check a receiver; every webhook gets it, whatever it subscribed to. */
    public static final OutboundEventType PING = new OutboundEventType("ping", "A test delivery sent on request");

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final OutboundEventQueue queue;
    private final List<OutboundEventCatalog> catalogs;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OutboundHttp http;

    public WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, OutboundEventQueue queue,
            List<OutboundEventCatalog> catalogs, AuditService audit, CurrentUser currentUser, Clock clock,
            OutboundHttp http) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.queue = queue;
        this.catalogs = catalogs;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.http = http;
    }

    /** The event types a webhook may subscribe to, from every module that publishes some. */
    @Transactional(readOnly = true)
    public List<OutboundEventType> eventTypes() {
        Map<String, OutboundEventType> types = new LinkedHashMap<>();
        catalogs.stream().flatMap(c -> c.outboundEventTypes().stream())
                .sorted(Comparator.comparing(OutboundEventType::name))
                .forEach(t -> types.putIfAbsent(t.name(), t));
        return List.copyOf(types.values());
    }

    @Transactional(readOnly = true)
    public Page<WebhookSummary> list(Pageable pageable) {
        return webhooks.findAll(pageable).map(WebhookService::toSummary);
    }

    @Transactional(readOnly = true)
    public long count() {
        return webhooks.count();
    }

    public CreatedWebhook register(NewWebhook request) {
        Validation v = new Validation();
        String name = request.name() == null ? "" : request.name().strip();
        v.check(!name.isEmpty() && name.length() <= 100, "name", "Enter a name of at most 100 characters.");
        String url = request.url() == null ? "" : request.url().strip();
        String urlProblem = urlProblem(url);
        if (urlProblem == null) {
            // Resolved now, and again at every send: only public addresses, https outside the demo.
            urlProblem = http.targetProblem(url);
        }
        v.check(urlProblem == null, "url", urlProblem);
        Set<String> known = eventTypes().stream().map(OutboundEventType::name).collect(Collectors.toSet());
        List<String> unknown = request.eventTypes().stream().filter(t -> !known.contains(t)).sorted().toList();
        v.check(!request.eventTypes().isEmpty(), "eventTypes", "Choose at least one event.");
        v.check(unknown.isEmpty(), "eventTypes", "Unknown event type: " + String.join(", ", unknown) + ".");
        v.throwIfInvalid();

        String secret = WebhookSigner.newSecret();
        Webhook webhook = webhooks.saveAndFlush(new Webhook(name, url, secret, request.eventTypes(),
                currentUser.usernameOrSystem(), clock.instant()));
        record("WEBHOOK_REGISTERED", webhook, Map.of("url", url, "events", webhook.eventTypes()));
        return new CreatedWebhook(toSummary(webhook), secret);
    }

    public WebhookSummary setActive(long id, boolean active, long expectedVersion) {
        Webhook webhook = load(id, expectedVersion);
        webhook.setActive(active, clock.instant());
        record(active ? "WEBHOOK_ACTIVATED" : "WEBHOOK_DEACTIVATED", webhook, Map.of());
        return toSummary(webhooks.saveAndFlush(webhook));
    }

    public CreatedWebhook rotateSecret(long id, long expectedVersion) {
        Webhook webhook = load(id, expectedVersion);
        String secret = WebhookSigner.newSecret();
        webhook.changeSecret(secret, clock.instant());
        record("WEBHOOK_SECRET_ROTATED", webhook, Map.of());
        return new CreatedWebhook(toSummary(webhooks.saveAndFlush(webhook)), secret);
    }

    /** Queues a {@code ping} delivery to the webhook; it goes out with the next dispatch. */
    public DeliverySummary ping(long id) {
        Webhook webhook = webhooks.findById(id).orElseThrow(() -> notFound(id));
        WebhookDelivery delivery = queue.enqueue(webhook, PING.name(),
                Map.of("message", "Test delivery from Pathway", "webhook", webhook.getName()));
        record("WEBHOOK_PING", webhook, Map.of());
        return toSummary(delivery);
    }

    @Transactional(readOnly = true)
    public Page<DeliverySummary> deliveries(long webhookId, Pageable pageable) {
        return deliveries.findByWebhookIdOrderByCreatedAtDescIdDesc(webhookId, pageable)
                .map(WebhookService::toSummary);
    }

    @Transactional(readOnly = true)
    public long countDeliveries(long webhookId) {
        return deliveries.countByWebhookId(webhookId);
    }

    /** One more attempt, as soon as the dispatcher runs, for a delivery that is not yet delivered. */
    public DeliverySummary retry(long deliveryId) {
        WebhookDelivery delivery = deliveries.findById(deliveryId)
                .orElseThrow(() -> new NotFoundException("No webhook delivery with id " + deliveryId + "."));
        if (delivery.getStatus() == DeliveryStatus.DELIVERED) {
            throw InvalidInputException.of("", "This delivery has already been delivered.");
        }
        delivery.retryNow(clock.instant());
        Webhook webhook = webhooks.findById(delivery.getWebhookId()).orElseThrow();
        record("WEBHOOK_DELIVERY_RETRIED", webhook, Map.of("delivery", deliveryId));
        return toSummary(delivery);
    }

    /** Why a URL cannot be used, or {@code null} when it can. */
    static String urlProblem(String url) {
        if (url.isEmpty()) {
            return "Enter the URL that should receive the events.";
        }
        if (url.length() > 2000) {
            return "Use a URL of at most 2000 characters.";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return "Use an http:// or https:// URL.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "The URL needs a host name, e.g. https://example.org/hooks/pathway.";
            }
            if (uri.getUserInfo() != null) {
                return "Leave the user name and password out of the URL; deliveries are signed instead.";
            }
            if (uri.getFragment() != null) {
                return "Leave the #fragment out of the URL.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "This is not a valid URL.";
        }
    }

    private Webhook load(long id, long expectedVersion) {
        Webhook webhook = webhooks.findById(id).orElseThrow(() -> notFound(id));
        if (webhook.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this webhook meanwhile. Reload to see their changes.");
        }
        return webhook;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No webhook with id " + id + ".");
    }

    private void record(String action, Webhook webhook, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("name", webhook.getName());
        audit.record(new AuditRecord(action, null, "WEBHOOK", String.valueOf(webhook.getId()), AuditOutcome.SUCCESS,
                null, all));
    }

    private static WebhookSummary toSummary(Webhook w) {
        return new WebhookSummary(w.getId(), w.getName(), w.getUrl(), new ArrayList<>(w.eventTypes()), w.isActive(),
                w.getCreatedBy(), w.getCreatedAt(), w.getVersion());
    }

    private static DeliverySummary toSummary(WebhookDelivery d) {
        return new DeliverySummary(d.getId(), d.getWebhookId(), d.getEventId(), d.getEventType(), d.getStatus(),
                d.getAttempts(), d.getCreatedAt(), d.getLastAttemptAt(), d.getLastStatusCode(), d.getLastError(),
                d.getNextAttemptAt(), d.getDeliveredAt());
    }
}
