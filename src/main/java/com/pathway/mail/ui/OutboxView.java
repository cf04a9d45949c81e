package com.pathway.mail.ui;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.mail.OutboxEntry;
import com.pathway.mail.OutboxService;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The e-mail outbox, for administrators: every message, newest first, with its state, attempts, next attempt
 * and the generic reason it failed, narrowed to one state if wanted; a failed message can be sent again. The
 * subject and text are never shown (they may hold health information); a message to a lead names it by key.
 */
@Route("admin/outbox")
@PageTitle("E-mail outbox · Pathway")
@Menu(order = 126, icon = "vaadin:outbox", title = "E-mail outbox")
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends VerticalLayout {

    private final OutboxService outbox;
    private final ClinicTime time;
    private final Select<OutboxEntry.State> state = new Select<>();
    private final Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
    private final Span total = new Span();

    public OutboxView(OutboxService outbox, ClinicTime time) {
        this.outbox = outbox;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();

        state.setLabel("Show");
        state.setId("outbox-state");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All messages");
        state.setItems(OutboxEntry.State.values());
        state.setItemLabelGenerator(s -> s == null ? "All messages" : s.label());
        state.addValueChangeListener(e -> reload());
        total.setId("outbox-total");
        total.addClassName("pathway-hint");

        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> time.format(m.createdAt())).setKey("created").setHeader("Written").setAutoWidth(true);
        grid.addColumn(m -> m.kind().title()).setKey("kind").setHeader("Message").setAutoWidth(true);
        grid.addColumn(OutboxEntry::to).setKey("to").setHeader("To").setAutoWidth(true);
        grid.addColumn(m -> m.state().label()).setKey("state").setHeader("State").setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setKey("attempts").setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(m -> time.format(m.nextAttemptAt(), "")).setKey("next").setHeader("Next attempt")
                .setAutoWidth(true);
        grid.addColumn(m -> time.format(m.sentAt(), "")).setKey("sent").setHeader("Sent").setAutoWidth(true);
        grid.addColumn(m -> m.error() == null ? "" : m.error()).setKey("error").setHeader("Error").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.setItems(q -> outbox.list(state.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, outbox.count(state.getValue())));

        Paragraph intro = new Paragraph("Every e-mail Pathway writes waits here until it is sent. A message that "
                + "failed every attempt can be sent again. Subjects and texts are not shown: they may hold health "
                + "information.");
        intro.addClassName("pathway-hint");
        add(new H2("E-mail outbox"), intro, state, total, grid);
        reload();
    }

    private Component actions(OutboxEntry m) {
        if (m.state() != OutboxEntry.State.FAILED) {
            return new Span();
        }
        Button retry = new Button("Send again", e -> retry(m));
        retry.setId("outbox-retry-" + m.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
    }

    private void retry(OutboxEntry m) {
        try {
            outbox.retry(m.id());
            Notifications.success(m.kind().title() + " to " + m.to() + " is queued again.");
        } catch (ConflictException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        reload();
    }

    private void reload() {
        long n = outbox.count(state.getValue());
        total.setText(n == 1 ? "1 message" : n + " messages");
        grid.getDataProvider().refreshAll();
    }
}
