package com.pathway.audit.ui;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.audit.AuditEntryView;
import com.pathway.audit.AuditFilter;
import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditService;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * Administrators read the audit trail, newest first, filtered by user, action, day range (in the
 * clinic's time zone) and outcome. The trail is paged in the database.
 */
@Route("admin/audit")
@PageTitle("Audit trail · Pathway")
@Menu(order = 110, icon = "vaadin:clipboard-text", title = "Audit trail")
@RolesAllowed(Role.Names.ADMIN)
public class AuditTrailView extends VerticalLayout {

    private final AuditService audit;
    private final ClinicTime time;
    private final TextField user = new TextField("User");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (including)");
    private final Select<AuditOutcome> outcome = new Select<>();
    private final FieldErrors errors = new FieldErrors();
    private final Grid<AuditEntryView> grid = new Grid<>(AuditEntryView.class, false);
    private AuditFilter filter = AuditFilter.none();

    public AuditTrailView(AuditService audit, ClinicTime time) {
        this.audit = audit;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();

        H2 title = new H2("Audit trail");
        Span zone = new Span("Times in " + time.zone().getId());
        zone.addClassNames("pathway-hint");
        HorizontalLayout heading = new HorizontalLayout(title, zone);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(heading, filters(), grid);
        configureGrid();
        setFlexGrow(1, grid);
    }

    private HorizontalLayout filters() {
        user.setId("audit-user");
        user.setPlaceholder("Exact user name");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setItems(audit.knownActions());
        action.setPlaceholder("Any action");
        action.setClearButtonVisible(true);
        action.setWidth("16rem");
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        outcome.setId("audit-outcome");
        outcome.setLabel("Outcome");
        outcome.setItems(AuditOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Any outcome");
        outcome.setItemLabelGenerator(o -> o == null ? "Any outcome" : label(o));
        errors.bind("actor", user).bind("action", action).bind("from", from).bind("to", to)
                .bind("outcome", outcome);

        user.addValueChangeListener(e -> applyFilters());
        action.addValueChangeListener(e -> applyFilters());
        from.addValueChangeListener(e -> applyFilters());
        to.addValueChangeListener(e -> applyFilters());
        outcome.addValueChangeListener(e -> applyFilters());

        Button clear = new Button("Clear filters", e -> clearFilters());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(user, action, from, to, outcome, clear);
        bar.addClassName("pathway-toolbar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var when = grid.addColumn(e -> time.format(e.occurredAt())).setHeader("Time").setKey("time")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::actor).setHeader("User").setKey("user").setSortProperty("actor")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::action).setHeader("Action").setKey("action").setSortProperty("action")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTrailView::entity).setHeader("Record").setKey("entity").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> outcomeBadge(e.outcome())).setHeader("Outcome").setKey("outcome")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress()).setHeader("Client address")
                .setKey("client").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> compact(e.details())).setHeader("Details").setKey("details").setFlexGrow(1)
                .setTooltipGenerator(e -> compact(e.details()));
        grid.setMultiSort(false);
        grid.sort(GridSortOrder.desc(when).build());
        grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(audit.count(filter)));
        grid.setEmptyStateText("Nothing in the audit trail matches these filters.");
    }

    private void applyFilters() {
        errors.clear();
        AuditFilter next = new AuditFilter(blankToNull(user.getValue()), action.getValue(), startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)), outcome.getValue());
        try {
            audit.count(next);
        } catch (InvalidInputException e) {
            errors.show(e);
            return;
        }
        filter = next;
        grid.getDataProvider().refreshAll();
    }

    private void clearFilters() {
        user.clear();
        action.clear();
        from.clear();
        to.clear();
        outcome.clear();
        applyFilters();
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(time.zone()).toInstant();
    }

    private static Component outcomeBadge(AuditOutcome outcome) {
        Span badge = new Span(label(outcome));
        badge.getElement().getThemeList().add("badge pill small");
        badge.getElement().getThemeList().add(switch (outcome) {
            case SUCCESS -> "success";
            case FAILURE -> "error";
            case DENIED -> "contrast";
        });
        return badge;
    }

    static String label(AuditOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "Success";
            case FAILURE -> "Failure";
            case DENIED -> "Denied";
        };
    }

    private static String entity(AuditEntryView e) {
        if (e.entityType() == null) {
            return "";
        }
        return e.entityId() == null ? e.entityType() : e.entityType() + " " + e.entityId();
    }

    /** Details are small JSON objects; shown on one line without braces and quotes. */
    static String compact(String details) {
        if (details == null || details.isBlank() || details.equals("{}")) {
            return "";
        }
        String s = details.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\":", "\": ").replace(",\"", ", \"").replace("\"", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
