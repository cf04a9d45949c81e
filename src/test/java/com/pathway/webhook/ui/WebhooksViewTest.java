package com.pathway.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pathway.shared.events.OutboundEventType;
import com.pathway.support.ViewTest;
import com.pathway.webhook.DeliverySummary;
import com.pathway.webhook.WebhookService;
import com.pathway.webhook.WebhookSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

class WebhooksViewTest extends ViewTest {

    @Autowired
    WebhookService webhooks;

    @SuppressWarnings("unchecked")
    private Grid<WebhookSummary> webhookGrid() {
        return _get(Grid.class, spec -> spec.withId("webhooks"));
    }

    @SuppressWarnings("unchecked")
    private Grid<DeliverySummary> deliveryGrid() {
        return _get(Grid.class, spec -> spec.withId("deliveries"));
    }

    @SuppressWarnings("unchecked")
    private void fill(String name, String url, String... events) {
        _click(_get(Button.class, spec -> spec.withId("register-webhook")));
        _get(TextField.class, spec -> spec.withId("webhook-name")).setValue(name);
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue(url);
        CheckboxGroup<OutboundEventType> group = _get(CheckboxGroup.class, spec -> spec.withId("webhook-events"));
        Set<String> wanted = Set.of(events);
        group.setValue(group.getListDataView().getItems().filter(t -> wanted.contains(t.name()))
                .collect(java.util.stream.Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("save-webhook")));
    }

    private int rowOf(String name) {
        for (int i = 0; i < GridKt._size(webhookGrid()); i++) {
            if (GridKt._getFormatted(webhookGrid(), i, "name").equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name);
    }

    @Test
    void registeringShowsTheSecretOnceAndListsTheWebhook() {
        open("admin", "admin/webhooks");
        String name = "Warehouse " + UUID.randomUUID();

        fill(name, "https://127.0.0.1/warehouse", "item.created", "item.transitioned");

        String secret = _get(TextField.class, spec -> spec.withId("webhook-secret")).getValue();
        assertThat(secret).startsWith("whsec_");
        _click(_get(Button.class, spec -> spec.withId("secret-stored")));
        assertThat(_find(TextField.class, spec -> spec.withId("webhook-secret"))).isEmpty();

        assertThat(GridKt._getFormattedRow(webhookGrid(), rowOf(name)))
                .contains(name, "https://127.0.0.1/warehouse", "item.created, item.transitioned")
                .noneMatch(cell -> cell.contains(secret));
    }

    @Test
    void badInputIsShownOnEachFieldKeepsWhatWasTypedAndSavesNothing() {
        open("admin", "admin/webhooks");
        long before = webhooks.count();

        fill("", "ftp://files.example.org/drop");

        assertThat(invalid("webhook-name")).contains("Enter a name");
        assertThat(invalid("webhook-url")).contains("http:// or https://");
        assertThat(invalid("webhook-events")).contains("at least one event");
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-url")).getValue())
                .isEqualTo("ftp://files.example.org/drop");
        assertThat(_find(Dialog.class)).isNotEmpty();
        assertThat(webhooks.count()).isEqualTo(before);
    }

    @Test
    void aTestDeliveryAppearsInTheSelectedWebhooksLog() {
        open("admin", "admin/webhooks");
        String name = "Ping target " + UUID.randomUUID();
        fill(name, "http://127.0.0.1:9/unreachable", "item.created");
        _click(_get(Button.class, spec -> spec.withId("secret-stored")));
        assertThat(_find(Grid.class, spec -> spec.withId("deliveries"))).as("no log before a webhook is chosen").isEmpty();

        int row = rowOf(name);
        webhookGrid().select(GridKt._get(webhookGrid(), row));
        assertThat(deliveryGrid().isVisible()).isTrue();
        assertThat(GridKt._size(deliveryGrid())).isZero();

        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(webhookGrid(), row, "actions");
        actions.getChildren().filter(c -> c instanceof Button b && b.getText().equals("Send test"))
                .map(Button.class::cast).findFirst().orElseThrow().click();

        assertThat(notifications()).anyMatch(text -> text.contains("test delivery is queued"));
        assertThat(GridKt._size(deliveryGrid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(deliveryGrid(), 0, "event")).isEqualTo("ping");
    }

    private static String invalid(String id) {
        HasValidation field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        assertThat(field.isInvalid()).as(id).isTrue();
        return field.getErrorMessage();
    }
}
