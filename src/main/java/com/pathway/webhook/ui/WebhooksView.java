package com.pathway.webhook.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.events.OutboundEventType;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.FieldErrors;
import com.pathway.shared.ui.Notifications;
import com.pathway.webhook.CreatedWebhook;
import com.pathway.webhook.DeliveryStatus;
import com.pathway.webhook.DeliverySummary;
import com.pathway.webhook.NewWebhook;
import com.pathway.webhook.WebhookService;
import com.pathway.webhook.WebhookSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * Webhooks for administrators: register a URL for chosen events (its signing secret is shown once),
 * switch it off and on, give it a new secret, send a test, and follow every delivery with its
 * attempts; a failed delivery can be retried.
 */
@Route("admin/webhooks")
@PageTitle("Webhooks · Pathway")
@Menu(order = 120, icon = "vaadin:connect", title = "Webhooks")
@RolesAllowed(Role.Names.ADMIN)
public class WebhooksView extends VerticalLayout {

    private final WebhookService service;
    private final ClinicTime time;
    private final Grid<WebhookSummary> webhooks = new Grid<>(WebhookSummary.class, false);
    private final Grid<DeliverySummary> deliveries = new Grid<>(DeliverySummary.class, false);
    private final H3 deliveriesTitle = new H3("Deliveries");
    private final HorizontalLayout deliveriesHeader = new HorizontalLayout();

    public WebhooksView(WebhookService service, ClinicTime time) {
        this.service = service;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();

        Button register = new Button("Register webhook", e -> openRegisterDialog());
        register.setId("register-webhook");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("Webhooks"), register);
        header.addClassName("pathway-toolbar");
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph intro = new Paragraph("Pathway posts the chosen events as JSON to each active webhook after the "
                + "change is saved, signed with the webhook's secret (header X-Pathway-Signature). Failed "
                + "deliveries are retried with growing pauses. Times are in " + time.zone().getId() + ".");
        intro.addClassName("pathway-hint");

        configureWebhookGrid();
        configureDeliveryGrid();
        Button refresh = new Button("Refresh", new Icon(VaadinIcon.REFRESH),
                e -> deliveries.getDataProvider().refreshAll());
        refresh.setId("refresh-deliveries");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        deliveriesTitle.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        deliveriesHeader.add(deliveriesTitle, refresh);
        deliveriesHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        deliveriesHeader.setVisible(false);
        deliveries.setVisible(false);

        add(header, intro, webhooks, deliveriesHeader, deliveries);
        setFlexGrow(1, webhooks, deliveries);
    }

    private void configureWebhookGrid() {
        webhooks.setId("webhooks");
        webhooks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        webhooks.addColumn(WebhookSummary::name).setKey("name").setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        webhooks.addColumn(WebhookSummary::url).setHeader("URL").setFlexGrow(1).setWidth("14rem")
                .setTooltipGenerator(WebhookSummary::url);
        webhooks.addColumn(w -> String.join(", ", w.eventTypes())).setHeader("Events").setAutoWidth(true);
        webhooks.addComponentColumn(w -> badge(w.active() ? "Active" : "Switched off", w.active() ? "success" : "contrast"))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        webhooks.addColumn(w -> time.format(w.createdAt())).setHeader("Registered").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(w -> "Registered by " + w.createdBy());
        webhooks.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        webhooks.setItems(query -> service.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count());
        webhooks.setEmptyStateText("No webhooks yet. Register one to tell another system about changes.");
        webhooks.asSingleSelect().addValueChangeListener(e -> showDeliveries(e.getValue()));
        webhooks.setMinHeight("12rem");
    }

    private Component actions(WebhookSummary w) {
        Button test = new Button("Send test", e -> run(() -> {
            service.ping(w.id());
            Notifications.success("A test delivery is queued; it is sent within a few seconds.");
            showDeliveries(w);
        }));
        Button toggle = new Button(w.active() ? "Switch off" : "Switch on", e -> run(() -> {
            service.setActive(w.id(), !w.active(), w.version());
            Notifications.success(w.active() ? "Webhook switched off." : "Webhook switched on.");
        }));
        Button secret = new Button("New secret", e -> confirm("Give " + w.name() + " a new secret?",
                "Deliveries are signed with the new secret from now on; the receiver must be given it.",
                "New secret", () -> run(() -> showSecret(service.rotateSecret(w.id(), w.version())))));
        for (Button b : List.of(test, toggle, secret)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(test, toggle, secret);
        actions.addClassName("pathway-row-actions");
        actions.setSpacing(false);
        return actions;
    }

    private void configureDeliveryGrid() {
        deliveries.setId("deliveries");
        deliveries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        deliveries.addColumn(d -> time.format(d.createdAt())).setHeader("Queued").setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(DeliverySummary::eventType).setKey("event").setHeader("Event").setAutoWidth(true).setFlexGrow(0);
        deliveries.addComponentColumn(d -> badge(label(d.status()), switch (d.status()) {
            case DELIVERED -> "success";
            case FAILED -> "error";
            case PENDING -> "contrast";
        })).setKey("status").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(DeliverySummary::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(this::lastAnswer).setHeader("Last answer").setFlexGrow(1);
        deliveries.addColumn(d -> time.format(d.nextAttemptAt(), ""))
                .setHeader("Next attempt").setAutoWidth(true).setFlexGrow(0);
        deliveries.addComponentColumn(d -> {
            if (d.status() == DeliveryStatus.DELIVERED) {
                return new Span();
            }
            Button retry = new Button("Retry now", e -> run(() -> {
                service.retry(d.id());
                Notifications.success("The delivery is sent again within a few seconds.");
                deliveries.getDataProvider().refreshAll();
            }));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        deliveries.setEmptyStateText("Nothing sent to this webhook yet.");
        deliveries.setMinHeight("12rem");
    }

    private String lastAnswer(DeliverySummary d) {
        if (d.lastAttemptAt() == null) {
            return "Not tried yet";
        }
        String when = time.format(d.lastAttemptAt());
        if (d.lastError() != null) {
            return when + ": " + d.lastError();
        }
        return when + ": HTTP " + d.lastStatusCode();
    }

    private void showDeliveries(WebhookSummary w) {
        boolean show = w != null;
        deliveriesHeader.setVisible(show);
        deliveries.setVisible(show);
        if (show) {
            deliveriesTitle.setText("Deliveries to " + w.name());
            deliveries.setItems(query -> service.deliveries(w.id(),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) service.countDeliveries(w.id()));
        }
    }

    private void openRegisterDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Register webhook");
        dialog.setWidth("36rem");
        TextField name = new TextField("Name");
        name.setId("webhook-name");
        name.setHelperText("Who receives it, e.g. \"Reporting warehouse\"");
        name.setMaxLength(100);
        name.setWidthFull();
        TextField url = new TextField("URL");
        url.setId("webhook-url");
        url.setPlaceholder("https://example.org/hooks/pathway");
        url.setWidthFull();
        CheckboxGroup<OutboundEventType> events = new CheckboxGroup<>("Events");
        events.setId("webhook-events");
        events.setItems(service.eventTypes());
        events.setItemLabelGenerator(t -> t.name() + " — " + t.description());
        events.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("url", url).bind("eventTypes", events);

        Button save = new Button("Register", e -> {
            errors.clear();
            try {
                CreatedWebhook created = service.register(new NewWebhook(name.getValue(), url.getValue(),
                        events.getValue().stream().map(OutboundEventType::name).collect(Collectors.toSet())));
                dialog.close();
                webhooks.getDataProvider().refreshAll();
                showSecret(created);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-webhook");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new VerticalLayout(name, url, events));
        dialog.getFooter().add(cancel, save);
        DialogKeys.submitOnEnter(dialog, name, save);
        dialog.open();
    }

    private void showSecret(CreatedWebhook created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Signing secret for " + created.webhook().name());
        dialog.setWidth("36rem");
        TextField secret = new TextField("Secret");
        secret.setId("webhook-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Paragraph explain = new Paragraph("Give this secret to the receiving system now: it is not shown again. "
                + "Each delivery carries X-Pathway-Signature: t=<unix seconds>,v1=<HMAC-SHA256 of \"t.body\" "
                + "in hex>. The receiver recomputes it with the secret and rejects old timestamps.");
        Button done = new Button("I have stored it", e -> dialog.close());
        done.setId("secret-stored");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(secret, explain));
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        DialogKeys.submitOnEnter(dialog, null, done);
        dialog.open();
        webhooks.getDataProvider().refreshAll();
    }

    private void confirm(String title, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, action, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setId("confirm-webhook");
        dialog.open();
    }

    /** Runs a change, refreshes the list, and explains a conflict or missing record instead of failing. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (ConflictException | NotFoundException e) {
            Notifications.error(e.getMessage());
        } catch (InvalidInputException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
        webhooks.getDataProvider().refreshAll();
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private static String label(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "Waiting";
            case DELIVERED -> "Delivered";
            case FAILED -> "Failed";
        };
    }
}
