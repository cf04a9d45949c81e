package com.pathway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

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
}
