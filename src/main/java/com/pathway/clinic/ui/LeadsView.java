package com.pathway.clinic.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.LeadExportService;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadListOptions;
import com.pathway.clinic.LeadService;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.pathway.tasks.ui.TaskWords;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.SavedViewService;
import com.pathway.clinic.LeadPermissions;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The lead list: paged, sorted and filtered in the database by the lead service (which decides what
 * each role may see and audits the listing). The filters live in the address, so a view can be
 * bookmarked or shared; a row opens the lead's page.
 */
@Route("leads")
@PageTitle("Leads · Pathway")
@Menu(order = 10, icon = "vaadin:user-card", title = "Leads")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER, Role.Names.CLINICIAN})
public class LeadsView extends VerticalLayout implements BeforeEnterObserver {

    static final String DEFAULT_SORT = "createdAt,desc";

    private final LeadService leads;
    private final ClinicTime time;
    private final Grid<LeadSummary> grid = new Grid<>(LeadSummary.class, false);
    private final LeadFilterBar filters;
    private final SavedViewsMenu savedViews;
    private final TaskService tasks;
    private final ServiceLevels levels;
    private final Clock clock;
    /** The next open task of each lead of the pages fetched so far, by key. */
    private final Map<String, TaskView> nextTasks = new HashMap<>();
    private boolean restoring;

    public LeadsView(LeadService leads, LeadListOptions options, SavedViewService views, LeadExportService exports,
            LeadPermissions permissions, CurrentUser user, ClinicTime time, TaskService tasks, ServiceLevels levels,
            Clock clock) {
        this.leads = leads;
        this.tasks = tasks;
        this.levels = levels;
        this.clock = clock;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();
        filters = new LeadFilterBar(options.statuses(), List.copyOf(options.stages().keySet()), leads.conditions(),
                options.referrers(), time.zone(), user.usernameOrSystem());
        filters.onChange(this::filterChanged);
        savedViews = new SavedViewsMenu(views, this::query, q -> UI.getCurrent().navigate("leads", QueryParameters.fromString(q)));

        HorizontalLayout toolbar = new HorizontalLayout(new H2("Leads"), savedViews);
        if (permissions.mayCreate()) {
            toolbar.addComponentAtIndex(1, NewLeadButton.create());
        }
        toolbar.addClassName("pathway-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (permissions.mayExport()) {
            toolbar.add(new LeadExportLink(exports, this::filter));
        }
        configureGrid();
        if (permissions.mayMerge()) {
            GridContextMenu<LeadSummary> menu = grid.addContextMenu();
            menu.addItem("Merge with a duplicate…", e -> e.getItem()
                    .ifPresent(lead -> UI.getCurrent().navigate("leads/" + lead.key() + "/merge")));
        }
        add(toolbar, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Time left on the lead's next service-level target in business hours, or how long ago it was missed. */
    private Span serviceLevel(LeadSummary lead) {
        if (lead.slaDueAt() == null) {
            return new Span();
        }
        java.time.Instant now = clock.instant();
        boolean missed = lead.slaDueAt().isBefore(now);
        Span span = new Span(TaskWords.span(levels.remaining(lead.slaDueAt(), now), levels.hours().dayLength())
                + (missed ? " over" : " left"));
        span.getElement().getThemeList().add(missed ? "badge error small" : "badge contrast small");
        return span;
    }

    private String nextTask(String key) {
        TaskView task = nextTasks.get(key);
        return task == null ? "" : task.title() + " · " + TaskWords.due(task.dueAt(), clock.instant(), time.zone());
    }

    private void configureGrid() {
        grid.setId("leads-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LeadSummary::key).setHeader("Key").setKey("key").setSortable(true).setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(l -> l.lastName() + ", " + l.firstName()).setHeader("Name").setKey("lastName")
                .setSortable(true).setWidth("8rem").setFlexGrow(2)
                .setTooltipGenerator(l -> l.lastName() + ", " + l.firstName());
        grid.addComponentColumn(l -> LeadLabels.smallStatus(l.status(), l.category())).setHeader("Status").setKey("status")
                .setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(LeadsView::overdueBadge).setHeader("Due").setKey("overdue").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::serviceLevel).setHeader("Target").setKey("slaDueAt").setSortable(true)
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(l -> nextTask(l.key())).setHeader("Next task").setKey("nextTask").setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(l -> Optional.ofNullable(l.phone()).orElse(Optional.ofNullable(l.email()).orElse("")))
                .setHeader("Contact").setKey("contact").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(l -> l.conditionOfInterest() == null ? "" : l.conditionOfInterest()).setHeader("Condition")
                .setKey("condition").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(l -> l.source() == null ? "" : LeadLabels.label(l.source())).setHeader("Source").setKey("source")
                .setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(l -> time.format(l.createdAt())).setHeader("Created").setKey("createdAt").setSortable(true)
                .setWidth("10.25rem").setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("createdAt"), SortDirection.DESCENDING)));
        // No total count: each page is one audited query; the grid grows as the user scrolls.
        grid.setItems(query -> {
            try {
                List<LeadSummary> page = leads.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .getContent();
                nextTasks.putAll(tasks.nextDueTasksByKey(page.stream().map(LeadSummary::key).toList()));
                return page.stream();
            } catch (InvalidInputException e) {
                Notifications.error(String.join(" ", e.fieldErrors().values()));
                return java.util.stream.Stream.empty();
            }
        });
        grid.setEmptyStateText("No leads match these filters.");
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        });
        grid.addItemClickListener(e -> UI.getCurrent().navigate("leads/" + e.getItem().key()));
    }

    LeadFilter filter() {
        return filters.filter();
    }

    /** The address query of the current filters and sort (the default sort is left out). */
    String query() {
        Map<String, String> params = new LinkedHashMap<>(filters.toParameters());
        List<GridSortOrder<LeadSummary>> order = grid.getSortOrder();
        if (!order.isEmpty()) {
            GridSortOrder<LeadSummary> first = order.getFirst();
            String sort = first.getSorted().getKey() + (first.getDirection() == SortDirection.ASCENDING ? ",asc" : ",desc");
            if (!DEFAULT_SORT.equals(sort)) {
                params.put("sort", sort);
            }
        }
        return QueryParameters.simple(params).getQueryString();
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        UI.getCurrent().navigate("leads", QueryParameters.fromString(query()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            List<String> problems = new ArrayList<>(filters.fromParameters(params));
            sortFrom(LeadFilterBar.first(params, "sort").orElse(DEFAULT_SORT), problems);
            if (!problems.isEmpty()) {
                Notifications.error("Left out what this address asked for but could not be read: "
                        + String.join(", ", problems) + ".");
            }
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private void sortFrom(String sort, List<String> problems) {
        String[] parts = sort.split(",");
        Grid.Column<LeadSummary> column = grid.getColumnByKey(parts[0].strip());
        if (column == null || !column.isSortable()) {
            problems.add("sort \"" + sort + "\"");
            column = grid.getColumnByKey("createdAt");
            parts = DEFAULT_SORT.split(",");
        }
        SortDirection direction = parts.length > 1 && parts[1].strip().equalsIgnoreCase("asc")
                ? SortDirection.ASCENDING : SortDirection.DESCENDING;
        grid.sort(List.of(new GridSortOrder<>(column, direction)));
    }

    private static Span overdueBadge(LeadSummary lead) {
        Span late = new Span(lead.overdue() ? "Overdue" : "");
        if (lead.overdue()) {
            late.getElement().getThemeList().add("badge pill small error primary");
            late.setTitle("Longer in this status than the clinic allows");
        }
        return late;
    }
}
