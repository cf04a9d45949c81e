package com.pathway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditService;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.events.OutboundEvent;
import com.pathway.shared.events.OutboundEventCatalog;
import com.pathway.shared.events.OutboundEventType;
import com.pathway.support.WebhookReceiver;
import com.pathway.support.WebhookReceiver.Received;
import com.pathway.webhook.internal.WebhookDispatcher;
import com.pathway.webhook.internal.WebhookSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks end to end against a real HTTP server on the loopback interface. */
@SpringBootTest(properties = {"pathway.webhooks.first-retry-after=0s", "pathway.webhooks.max-attempts=3"})
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class WebhookDeliveryTest {

    record SomethingHappened(String what) implements OutboundEvent {
        @Override
        public String eventType() {
            return "test.happened";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("what", what);
        }
    }

    @TestConfiguration
    static class Events {
        @Bean
        OutboundEventCatalog testEvents() {
            return () -> List.of(new OutboundEventType("test.happened", "Something happened"),
                    new OutboundEventType("test.other", "Something else"));
        }
    }

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditService audit;
    @Autowired
    JsonMapper json;

    WebhookReceiver receiver;
    Queue<Received> received;

    @BeforeEach
    void startReceiver() throws IOException {
        // Webhooks of earlier tests are switched off, so they neither receive nor send anything here.
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", "", "ROLE_ADMIN"));
        try {
            webhooks.list(Pageable.ofSize(1000)).filter(WebhookSummary::active)
                    .forEach(w -> webhooks.setActive(w.id(), false, w.version()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
        receiver = new WebhookReceiver();
        received = receiver.received();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    String url() {
        return receiver.url();
    }

    void happen(String what) {
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(what)));
    }

    @Test
    void aCommittedEventIsPostedAsSignedJsonAndLogged() {
        CreatedWebhook created = webhooks.register(new NewWebhook("Reporting system", url(), Set.of("test.happened")));

        happen("lead arrived");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(received).hasSize(1);
        Received request = received.peek();
        assertThat(request.event()).isEqualTo("test.happened");
        JsonNode body = json.readTree(request.body());
        assertThat(body.get("type").asString()).isEqualTo("test.happened");
        assertThat(body.get("id").asString()).isEqualTo(request.delivery());
        assertThat(body.get("data").get("what").asString()).isEqualTo("lead arrived");
        assertThat(request.signature()).isEqualTo(
                WebhookSigner.signatureHeader(created.secret(), request.signedAt(), request.body()));

        List<DeliverySummary> log = webhooks.deliveries(created.webhook().id(), Pageable.ofSize(10)).getContent();
        assertThat(log).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatusCode()).isEqualTo(204);
            assertThat(d.eventId()).isEqualTo(request.delivery());
        });
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void aRolledBackChangeTellsNoOne() {
        webhooks.register(new NewWebhook("Rollback check", url(), Set.of("test.happened")));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SomethingHappened("never committed"));
            status.setRollbackOnly();
        });

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void failedDeliveriesAreRetriedUntilTheReceiverTakesThem() {
        CreatedWebhook created = webhooks.register(new NewWebhook("Flaky receiver", url(), Set.of("test.happened")));
        receiver.answer(500, 503);

        happen("retry me");
        dispatcher.dispatchDue();
        DeliverySummary afterFirst = webhooks.deliveries(created.webhook().id(), Pageable.ofSize(1)).getContent().get(0);
        assertThat(afterFirst.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(afterFirst.lastStatusCode()).isEqualTo(500);
        assertThat(afterFirst.lastError()).contains("HTTP 500");
        assertThat(afterFirst.nextAttemptAt()).isNotNull();

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        DeliverySummary last = webhooks.deliveries(created.webhook().id(), Pageable.ofSize(1)).getContent().get(0);
        assertThat(last.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(received).hasSize(3).extracting(Received::delivery).containsOnly(last.eventId());
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttemptAndCanBeRetriedByHand() {
        CreatedWebhook created = webhooks.register(new NewWebhook("Broken receiver", url(), Set.of("test.happened")));
        receiver.answer(500, 500, 500);

        happen("give up");
        for (int i = 0; i < 5; i++) {
            dispatcher.dispatchDue();
        }
        DeliverySummary failed = webhooks.deliveries(created.webhook().id(), Pageable.ofSize(1)).getContent().get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(received).hasSize(3);

        webhooks.retry(failed.id());
        dispatcher.dispatchDue();
        DeliverySummary retried = webhooks.deliveries(created.webhook().id(), Pageable.ofSize(1)).getContent().get(0);
        assertThat(retried.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(retried.attempts()).isEqualTo(4);

        assertThatThrownBy(() -> webhooks.retry(failed.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already been delivered");
    }

    @Test
    void aReceiverThatIsDownIsRecordedWithAGenericReasonThatMapsNoPorts() {
        String port = url().replaceAll("^.*:(\\d+)/.*$", "$1");
        receiver.close();
        CreatedWebhook created = webhooks.register(new NewWebhook("Down", url(), Set.of("test.happened")));

        happen("nobody home");
        dispatcher.dispatchDue();

        DeliverySummary d = webhooks.deliveries(created.webhook().id(), Pageable.ofSize(1)).getContent().get(0);
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.lastStatusCode()).isNull();
        assertThat(d.lastError()).isEqualTo("The receiver could not be reached.")
                .doesNotContain(port).doesNotContainIgnoringCase("refused");

        WebhookSummary off = webhooks.setActive(created.webhook().id(), false, created.webhook().version());
        assertThat(dispatcher.dispatchDue()).as("a switched-off webhook is not called").isZero();
        webhooks.setActive(created.webhook().id(), true, off.version());
        assertThat(dispatcher.dispatchDue()).as("switched on again, its queue resumes").isEqualTo(1);
    }

    @Test
    void onlyActiveWebhooksThatWantTheEventGetIt() {
        CreatedWebhook wants = webhooks.register(new NewWebhook("Wants it", url(), Set.of("test.happened")));
        CreatedWebhook other = webhooks.register(new NewWebhook("Wants other", url(), Set.of("test.other")));
        CreatedWebhook off = webhooks.register(new NewWebhook("Switched off", url(), Set.of("test.happened")));
        webhooks.setActive(off.webhook().id(), false, off.webhook().version());

        happen("selective");
        dispatcher.dispatchDue();

        assertThat(webhooks.countDeliveries(wants.webhook().id())).isEqualTo(1);
        assertThat(webhooks.countDeliveries(other.webhook().id())).isZero();
        assertThat(webhooks.countDeliveries(off.webhook().id())).isZero();
        assertThat(received).hasSize(1);
    }

    @Test
    void aPingReachesAnyWebhookAndANewSecretSignsFromThenOn() {
        CreatedWebhook created = webhooks.register(new NewWebhook("Ping me", url(), Set.of("test.other")));
        CreatedWebhook rotated = webhooks.rotateSecret(created.webhook().id(), created.webhook().version());
        assertThat(rotated.secret()).isNotEqualTo(created.secret());

        webhooks.ping(created.webhook().id());
        dispatcher.dispatchDue();

        Received ping = received.peek();
        assertThat(ping.event()).isEqualTo("ping");
        assertThat(ping.signature()).isEqualTo(
                WebhookSigner.signatureHeader(rotated.secret(), ping.signedAt(), ping.body()));
    }

    @Test
    void badInputIsRejectedWithEveryProblemAndNothingIsSaved() {
        long before = webhooks.count();

        assertThatThrownBy(() -> webhooks.register(new NewWebhook(" ", "ftp://x", Set.of("no.such"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "url", "eventTypes")
                        .containsEntry("eventTypes", "Unknown event type: no.such."));
        assertThatThrownBy(() -> webhooks.register(new NewWebhook("No events", url(), Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("eventTypes"));

        assertThat(webhooks.count()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsAConflict() {
        CreatedWebhook created = webhooks.register(new NewWebhook("Conflict", url(), Set.of("test.happened")));
        webhooks.setActive(created.webhook().id(), false, created.webhook().version());

        assertThatThrownBy(() -> webhooks.setActive(created.webhook().id(), true, created.webhook().version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void changesAreAudited() {
        CreatedWebhook created = webhooks.register(new NewWebhook("Audited", url(), Set.of("test.happened")));
        webhooks.setActive(created.webhook().id(), false, created.webhook().version());

        assertThat(audit.search(AuditFilter.none(), Pageable.ofSize(200)).getContent())
                .filteredOn(e -> String.valueOf(created.webhook().id()).equals(e.entityId())
                        && "WEBHOOK".equals(e.entityType()))
                .extracting(e -> e.action())
                .contains("WEBHOOK_REGISTERED", "WEBHOOK_DEACTIVATED");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void onlyAdministratorsManageWebhooks() {
        assertThatThrownBy(() -> webhooks.register(new NewWebhook("x", url(), Set.of("test.happened"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> webhooks.list(Pageable.ofSize(10))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
