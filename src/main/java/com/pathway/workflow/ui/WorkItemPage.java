package com.pathway.workflow.ui;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.security.Role;
import com.pathway.security.UserDirectory;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.workflow.HistoryEntry;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** One work item: its facts, the transitions the user may run, and its status history (paged). */
@Route("items/:key")
@PageTitle("Work item · Pathway")
// The engine's bare items are configuration work; staff work with leads on their own pages.
@RolesAllowed(Role.Names.ADMIN)
public class WorkItemPage extends VerticalLayout implements BeforeEnterObserver {

    private final WorkflowService workflow;
    private final ClinicTime time;
    private final H2 title = new H2();
    private final Div facts = new Div();
    private final TransitionBar transitions;
    private final Grid<HistoryEntry> history = new Grid<>();
    private String key;

    public WorkItemPage(WorkflowService workflow, ClinicTime time, UserDirectory users) {
        this.workflow = workflow;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();
        transitions = new TransitionBar(workflow, users);
        transitions.addTransitionedListener(item -> load());
        facts.setId("item-facts");
        history.setId("history-grid");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(h -> time.format(h.occurredAt())).setHeader("When").setKey("when").setAutoWidth(true);
        history.addColumn(h -> h.transition() == null ? "Created" : h.transition()).setHeader("Transition")
                .setKey("transition").setAutoWidth(true);
        history.addColumn(h -> h.fromStatus() == null ? "" : h.fromStatus()).setHeader("From").setKey("from");
        history.addColumn(HistoryEntry::toStatus).setHeader("To").setKey("to");
        history.addColumn(HistoryEntry::actor).setHeader("By").setKey("actor");
        history.addColumn(h -> h.fields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "))).setHeader("Entered").setKey("fields");
        history.addColumn(h -> h.comment() == null ? "" : h.comment()).setHeader("Comment").setKey("comment");
        add(new RouterLink("All work items", WorkItemsView.class), title, facts, transitions, new H3("History"),
                history);
        // the page scrolls rather than squeezing the history below a few rows
        history.setMinHeight("16rem");
        setFlexGrow(1, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElse("");
        load();
    }

    private void load() {
        facts.removeAll();
        try {
            WorkItemView item = workflow.get(key);
            title.setText(item.key() + " · " + item.summary());
            HorizontalLayout row = new HorizontalLayout(fact("Status", StatusBadge.status(item)),
                    fact("Resolution", new Span(item.resolution() == null ? "Unresolved" : item.resolution())),
                    fact("Assignee", new Span(item.assignee() == null ? "Unassigned" : item.assignee())),
                    fact("Reporter", new Span(item.reporter())),
                    fact("Updated", new Span(time.format(item.updatedAt()))));
            row.setWrap(true);
            facts.add(row);
            transitions.setVisible(true);
            transitions.show(item.key());
            history.setVisible(true);
            history.setItems(query -> workflow.history(key, VaadinSpringDataHelpers.toSpringPageRequest(query))
                    .stream());
        } catch (NotFoundException e) {
            title.setText("Work item not found");
            facts.add(new Paragraph(e.getMessage()));
            transitions.setVisible(false);
            history.setVisible(false);
        }
    }

    private static VerticalLayout fact(String label, com.vaadin.flow.component.Component value) {
        Span caption = new Span(label);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout fact = new VerticalLayout(caption, value);
        fact.setPadding(false);
        fact.setSpacing(false);
        fact.setWidth(null); // side by side in the wrapping row, not one full-width line each
        fact.addClassName("item-fact-" + label.toLowerCase(java.util.Locale.ROOT));
        return fact;
    }
}
