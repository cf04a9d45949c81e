package com.pathway.workflow.ui;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

import com.pathway.security.Role;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.workflow.ItemFilter;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** Every work item, paged in the database, newest first; a row opens the item. */
@Route("items")
@PageTitle("Work items · Pathway")
@Menu(order = 20, icon = "vaadin:tasks", title = "Work items")
// The engine's bare items are configuration work; staff work with leads on their own pages.
@RolesAllowed(Role.Names.ADMIN)
public class WorkItemsView extends VerticalLayout {

    public WorkItemsView(WorkflowService workflow, ClinicTime time) {
        addClassName("pathway-view");
        setSizeFull();
        Grid<WorkItemView> grid = new Grid<>();
        grid.setId("items-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(WorkItemView::key).setHeader("Key").setKey("key").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkItemView::summary).setHeader("Summary").setKey("summary");
        grid.addComponentColumn(i -> StatusBadge.status(i)).setHeader("Status").setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.assignee() == null ? "Unassigned" : i.assignee()).setHeader("Assignee")
                .setKey("assignee").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> time.format(i.updatedAt())).setHeader("Updated").setKey("updated").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> workflow.search(ItemFilter.none(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> Math.toIntExact(workflow.search(ItemFilter.none(), PageRequest.of(0, 1))
                        .getTotalElements()));
        grid.setEmptyStateText("There are no work items yet.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("items/" + e.getItem().key())));
        add(new H2("Work items"), grid);
        setFlexGrow(1, grid);
    }
}
