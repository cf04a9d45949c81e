package com.pathway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.pathway.shared.InvalidInputException;
import com.pathway.support.WebhookReceiver;
import com.pathway.webhook.internal.OutboundHttp;
import com.pathway.webhook.internal.Webhook;
import com.pathway.webhook.internal.WebhookDispatcher;
import com.pathway.webhook.internal.WebhookRepository;

/**
 * Production settings: a webhook may only call https on the public Internet, checked when it is
 * registered and again at each send, with reasons an administrator can read and no connection error.
 */
@SpringBootTest(properties = {"pathway.webhooks.allow-http=false", "pathway.webhooks.allow-internal-targets=false"})
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class WebhookTargetTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookRepository repository;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    OutboundHttp http;

    WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://2130706433/hook",
            "https://0177.0.0.1/hook", "https://[::1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://169.254.169.254/latest/meta-data/", "https://10.1.2.3/hook", "https://100.64.0.1/hook",
            "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://224.0.0.1/hook", "https://0.0.0.0/hook"})
    void registeringATargetInsideIsRefusedAndNothingIsSaved(String url) {
        long before = webhooks.count();

        assertThatThrownBy(() -> webhooks.register(new NewWebhook("Inside", url, Set.of("item.created"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("inside the clinic's network"));
        assertThat(webhooks.count()).isEqualTo(before);
    }

    @Test
    void hexSpellingsAreRefusedToo() {
        for (String url : List.of("https://0x7f.1/hook", "https://0x7f.0.0.1/hook", "https://0x7f000001/hook")) {
            assertThatThrownBy(() -> webhooks.register(new NewWebhook("Hex", url, Set.of("item.created"))))
                    .as(url).isInstanceOf(InvalidInputException.class)
                    .message().containsAnyOf("host name", "inside the clinic's network");
        }
    }

    @Test
    void plainHttpIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> webhooks.register(new NewWebhook("Plain", "http://93.184.215.14/hook", Set.of("item.created"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Use an https:// URL");
    }

    @Test
    void anUnknownHostIsRefusedWithoutTheResolverError() {
        assertThatThrownBy(() -> webhooks.register(new NewWebhook("Nowhere", "https://no-such-host.invalid/hook",
                Set.of("item.created")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The host name could not be found.");
    }

    @Test
    void aTargetThatPointsInsideAtSendTimeIsNotCalled() {
        // Saved when it was acceptable (or its name has since been re-pointed inside): every send checks again.
        String inside = receiver.url().replace("http://127.0.0.1", "https://localhost");
        Webhook stale = repository.saveAndFlush(new Webhook("Re-pointed", inside, "secret-" + System.nanoTime(),
                List.of("item.created"), "admin", Instant.now()));
        webhooks.ping(stale.getId());

        dispatcher.dispatchDue();

        assertThat(receiver.received()).isEmpty();
        DeliverySummary d = webhooks.deliveries(stale.getId(), Pageable.ofSize(1)).getContent().get(0);
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.lastError()).startsWith("Not sent: The host points inside the clinic's network")
                .doesNotContain(receiver.url().replaceAll("^.*:(\\d+)/.*$", "$1"));
    }

    @Test
    void theClientRefusesAnInsideAddressEvenWhenAskedDirectly() {
        assertThatThrownBy(() -> http.postJson("https://127.0.0.1:1/x", java.util.Map.of(), "{}"))
                .hasMessageContaining("inside the clinic's network");
        assertThat(http.targetProblem("https://93.184.215.14/hook")).isNull();
        assertThat(http.targetProblem("ftp://93.184.215.14/hook")).contains("https://");
    }
}
