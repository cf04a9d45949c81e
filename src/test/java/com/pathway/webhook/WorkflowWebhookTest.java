package com.pathway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.shared.events.OutboundEventType;
import com.pathway.support.WebhookReceiver;
import com.pathway.support.WebhookReceiver.Received;
import com.pathway.webhook.internal.WebhookDispatcher;
import com.pathway.workflow.NewWorkItem;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.pathway.workflow.WorkflowTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine's events reach a subscribed webhook, without the transition screen's field values. */
@WorkflowTest
class WorkflowWebhookTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
        SignedIn.as("admin", "ADMIN");
        webhooks.list(Pageable.ofSize(1000)).filter(WebhookSummary::active)
                .forEach(w -> webhooks.setActive(w.id(), false, w.version()));
    }

    @AfterEach
    void stop() {
        receiver.close();
        SignedIn.out();
    }

    @Test
    void theEngineOffersItsEventsForSubscription() {
        assertThat(webhooks.eventTypes()).extracting(OutboundEventType::name)
                .contains("item.created", "item.transitioned");
    }

    @Test
    void creatingAndTransitioningAnItemIsPostedToTheWebhook() {
        webhooks.register(new NewWebhook("Item feed", receiver.url(), Set.of("item.created", "item.transitioned")));

        SignedIn.as("ivy", "INTAKE_COORDINATOR");
        WorkItemView item = workflow.create(new NewWorkItem("SMP", "TASK", "Call back", null));
        workflow.transition(item.key(), new TransitionRequest("Start", Map.of("comment", "private words"), null, null));
        dispatcher.dispatchDue();

        List<Received> received = List.copyOf(receiver.received());
        assertThat(received).extracting(Received::event).containsExactly("item.created", "item.transitioned");
        JsonNode created = json.readTree(received.get(0).body()).get("data");
        assertThat(created.get("key").asString()).isEqualTo(item.key());
        assertThat(created.get("status").asString()).isEqualTo("Open");
        assertThat(created.get("actor").asString()).isEqualTo("ivy");
        JsonNode moved = json.readTree(received.get(1).body()).get("data");
        assertThat(moved.get("key").asString()).isEqualTo(item.key());
        assertThat(moved.get("fromStatus").asString()).isEqualTo("Open");
        assertThat(moved.get("toStatus").asString()).isEqualTo("In progress");
        assertThat(moved.get("toCategory").asString()).isEqualTo("IN_PROGRESS");
        assertThat(received.get(1).body()).doesNotContain("private words");
    }

    /**
     * The delivery is written in the transaction of the change, so that a crash right after the commit
     * loses nothing: at the first moment after the commit (before any after-commit work ran) the delivery
     * is already stored; the next dispatch run, as after a restart, sends it exactly once; and a change
     * that rolls back leaves none.
     */
    @Test
    void theDeliveryIsStoredWithTheChangeAndSentOnceAfterARestart() {
        webhooks.register(new NewWebhook("Outbox", receiver.url(), Set.of("item.created")));
        SignedIn.as("ivy", "INTAKE_COORDINATOR");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        AtomicReference<String> rolledBack = new AtomicReference<>();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            rolledBack.set(workflow.create(new NewWorkItem("SMP", "TASK", "Rolled back", null)).key());
            throw new IllegalStateException("the change fails after the event");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(pendingFor(rolledBack.get())).isZero();

        AtomicLong storedAtCommit = new AtomicLong(-1);
        AtomicReference<String> created = new AtomicReference<>();
        String key = tx.execute(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    // What a process killed at this moment would find after its restart.
                    storedAtCommit.set(new TransactionTemplate(transactions,
                            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW))
                            .execute(s -> pendingFor(created.get())));
                }
            });
            created.set(workflow.create(new NewWorkItem("SMP", "TASK", "Crash after commit", null)).key());
            return created.get();
        });
        assertThat(storedAtCommit.get()).as("stored when the change committed").isEqualTo(1);
        assertThat(receiver.received()).as("nothing sent before the dispatcher runs").isEmpty();

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(receiver.received()).extracting(Received::body).filteredOn(b -> b.contains(key)).hasSize(1);
        assertThat(pendingFor(key)).isZero();
    }

    private long pendingFor(String key) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where status = 'PENDING' and payload like ?",
                Long.class, "%\"" + key + "\"%");
    }
}
