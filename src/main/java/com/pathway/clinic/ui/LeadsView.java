package com.pathway.clinic.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;

import com.pathway.clinic.LeadBulkService;
import com.pathway.clinic.LeadCount;
import com.pathway.clinic.LeadExportService;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadListOptions;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.SetAsideInquiryService;
import com.pathway.tasks.ServiceLevels;
import com.pathway.clinic.treatment.CourseProgress;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.pathway.tasks.ui.TaskWords;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.Phones;
import com.pathway.clinic.SavedViewService;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.clinic.Appointment;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.pathway.shared.ui.SearchInAddress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The lead list: paged, sorted and filtered in the database by the lead service (which decides what
 * each role may see and audits the listing). The filters, sort and columns live in the address, so a
 * view can be bookmarked, shared or saved; a lead's key is a real link (open it in a new tab), Enter
 * opens the focused row, and selected rows can be closed, exported or handed to other
 * {@link LeadSelectionAction}s at once.
 */
@Route("leads")
@StyleSheet("context://styles/leads.css")
@PageTitle("Leads · Pathway")
@Menu(order = 10, icon = "vaadin:user-card", title = "Leads")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER, Role.Names.CLINICIAN})
public class LeadsView extends VerticalLayout implements BeforeEnterObserver {

    static final String DEFAULT_SORT = "createdAt,desc";
    static final int PAGE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final LeadService leads;
    private final ClinicTime time;
    private final LeadCells cells;
    private final Grid<LeadSummary> grid = new Grid<>(LeadSummary.class, false);
    private final LeadFilterBar filters;
    private final SavedViewsMenu savedViews;
    private final LeadSelectionBar selection;
    private final Span count = new Span();
    private final LeadColumnsMenu columns;
    private final TaskService tasks;
    private final ServiceLevels levels;
    private final Clock clock;
    /** The next open task of each lead of the pages fetched so far, by key. */
    private final Map<String, TaskView> nextTasks = new HashMap<>();
    private final Map<String, CourseProgress> progress = new HashMap<>();
    private final TreatmentService treatment;
    private boolean restoring;

    public LeadsView(LeadService leads, LeadListOptions options, SavedViewService views, LeadExportService exports,
            LeadBulkService bulk, ObjectProvider<LeadSelectionAction> moreActions, LeadPermissions permissions,
            CurrentUser user, ClinicTime time, Phones phones, Clock clock, TaskService tasks, ServiceLevels levels,
            TreatmentService treatment, SetAsideInquiryService setAside) {
        this.leads = leads;
        this.treatment = treatment;
        this.tasks = tasks;
        this.levels = levels;
        this.clock = clock;
        this.time = time;
        this.cells = new LeadCells(phones, clock);
        addClassName("pathway-view");
        addClassName("leads-view");
        setSizeFull();
        filters = new LeadFilterBar(options.statuses(), List.copyOf(options.stages().keySet()),
                options.reachableStages(), leads.conditions(),
                options.referrers(), time.zone(), user.usernameOrSystem());
        filters.onChange(this::filterChanged);
        savedViews = new SavedViewsMenu(views, this::savedQuery, q -> UI.getCurrent().navigate("leads", QueryParameters.fromString(q)));

        configureGrid();
        columns = new LeadColumnsMenu(grid, HEADERS, this::navigate);
        count.setId("leads-count");
        count.addClassName("leads-count");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Leads"), count, savedViews);
        if (permissions.mayCreate()) {
            toolbar.addComponentAtIndex(1, NewLeadButton.create());
        }
        toolbar.addClassName("pathway-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.add(columns);
        if (permissions.mayExport()) {
            toolbar.add(new LeadExportLink(exports, this::filter));
        }
        selection = new LeadSelectionBar(grid, permissions.mayCloseSelected() ? bulk : null,
                permissions.mayExport() ? exports : null, moreActions.orderedStream().filter(LeadSelectionAction::available)
                        .toList(), this::changedBySelectionAction);
        if (permissions.mayMerge()) {
            GridContextMenu<LeadSummary> menu = grid.addContextMenu();
            menu.addItem("Merge with a duplicate…", e -> e.getItem()
                    .ifPresent(lead -> UI.getCurrent().navigate("leads/" + lead.key() + "/merge")));
        }
        add(toolbar);
        if (permissions.mayCreate()) {
            setAsideNotice(setAside.count()).ifPresent(this::add);
        }
        add(filters, selection, grid);
        setFlexGrow(1, grid);
    }

    /** A word, while there are any, that web inquiries wait to be entered by hand, with the way to them. */
    private static Optional<Component> setAsideNotice(long count) {
        if (count == 0) {
            return Optional.empty();
        }
        Div notice = new Div(new Span(count == 1 ? "1 web inquiry could not become a lead by itself. "
                : count + " web inquiries could not become leads by themselves. "),
                new RouterLink(count == 1 ? "Enter it by hand" : "Enter them by hand", SetAsideInquiriesView.class));
        notice.setId("set-aside-notice");
        return Optional.of(notice);
    }

    /** Time left on the lead's next service-level target in business hours, or how long ago it was missed. */
    /** The time left on (or past) the lead's next service-level target, as a badge; empty without one. */
    private LitRenderer<LeadSummary> serviceLevel() {
        return LeadCells.badge("lead-target", lead -> {
            if (lead.slaDueAt() == null) {
                return Map.of();
            }
            java.time.Instant now = clock.instant();
            boolean missed = lead.slaDueAt().isBefore(now);
            return Map.of("text", TaskWords.span(levels.remaining(lead.slaDueAt(), now), levels.hours().dayLength())
                    + (missed ? " over" : " left"), "theme", missed ? "badge error small" : "badge contrast small");
        });
    }

    private String nextTask(String key) {
        TaskView task = nextTasks.get(key);
        return task == null ? "" : task.title() + " · " + TaskWords.due(task.dueAt(), clock.instant(), time.zone());
    }

    private void configureGrid() {
        grid.setId("leads-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPageSize(PAGE);
        // Widths fit the longest value, not the first page's: a later page never cuts a key, status or phone.
        grid.addColumn(LeadCells.keyLink()).setHeader("Key").setKey("key").setSortable(true)
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LeadCells.name()).setHeader("Name").setKey("lastName").setSortable(true)
                .setWidth("11rem").setFlexGrow(3);
        grid.addColumn(LeadCells.status()).setHeader("Status")
                .setKey("status").setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(LeadCells.overdue()).setHeader("Due").setKey("overdue").setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(cells.phone()).setHeader("Phone").setKey("phone").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(cells::daysInStatus).setHeader(LeadCells.wrapping("Days in status")).setKey("daysInStatus")
                .setWidth("5.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(l -> "In " + l.status() + " since " + time.format(l.statusChangedAt()));
        grid.addColumn(LeadCells.progress(l -> progress.get(l.key()))).setHeader("Course").setKey("course")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(l -> l.resolution() == null ? "" : l.resolution()).setHeader("Resolution").setKey("resolution")
                .setWidth("7rem").setFlexGrow(1).setTooltipGenerator(LeadSummary::resolution);
        grid.addColumn(l -> l.email() == null ? "" : l.email()).setHeader("E-mail").setKey("email").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(LeadSummary::email);
        grid.addColumn(serviceLevel()).setHeader("Target").setKey("slaDueAt").setSortable(true)
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(l -> nextTask(l.key())).setHeader("Next task").setKey("nextTask").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(l -> nextTask(l.key()));
        grid.addColumn(l -> l.conditionOfInterest() == null ? "" : l.conditionOfInterest()).setHeader("Condition")
                .setKey("condition").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(l -> l.source() == null ? "" : LeadLabels.label(l.source())).setHeader("Source").setKey("source")
                .setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(l -> DAY.format(l.createdAt().atZone(time.zone()))).setHeader("Created").setKey("createdAt")
                .setSortable(true).setWidth("7.5rem").setFlexGrow(0).setTooltipGenerator(l -> time.format(l.createdAt()));
        grid.addColumn(l -> l.nextAppointment() == null ? "" : Appointment.when(l.nextAppointment(), time.zone()))
                .setHeader(LeadCells.wrapping("Next appointment")).setKey("nextAppointment").setSortable(true)
                .setWidth("9.5rem")
                .setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("createdAt"), SortDirection.DESCENDING)));
        // No total per page: each page is one audited query; the count above the grid is bounded.
        grid.setItems(query -> {
            try {
                List<LeadSummary> page = leads.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .getContent();
                nextTasks.putAll(tasks.nextDueTasksByKey(page.stream().map(LeadSummary::key).toList()));
                progress.putAll(treatment.progressOf(page.stream().map(LeadSummary::key).toList()));
                return page.stream();
            } catch (InvalidInputException e) {
                Notifications.error(String.join(" ", e.fieldErrors().values()));
                return Stream.empty();
            }
        }).setIdentifierProvider(LeadSummary::key);
        grid.setEmptyStateComponent(emptyState());
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                filterChanged();
            }
        });
        // A click on the key link is the link's (a new tab with Ctrl or the middle button, which fires no click); elsewhere
        // the row opens, unless a modifier asks the browser for a new tab or window.
        grid.addItemClickListener(e -> {
            boolean newTab = e.isCtrlKey() || e.isMetaKey() || e.isShiftKey();
            if (!newTab && e.getColumn() != null && !Set.of("key", "phone").contains(e.getColumn().getKey())) {
                open(e.getItem());
            }
        });
        grid.getElement().addEventListener("keydown", e -> {
            tools.jackson.databind.JsonNode focused = e.getEventData().get(FOCUSED_ITEM);
            String key = focused != null && focused.isString() ? focused.asString() : null;
            LeadSummary lead = key == null || key.isEmpty() ? null : grid.getDataCommunicator().getKeyMapper().get(key);
            if (lead != null) {
                open(lead);
            }
        }).setFilter("event.key === 'Enter' && !event.defaultPrevented").addEventData(FOCUSED_ITEM);
        // The count says which rows are in view as the user scrolls ("16–30 of 307").
        grid.getElement().executeJs("""
                const grid = this, label = $0;
                const update = () => {
                  const total = label.dataset.total, first = grid._firstVisibleIndex, last = grid._lastVisibleIndex;
                  if (!total || first === undefined || last === undefined || last < first) return;
                  const max = Number(label.dataset.max);
                  label.textContent = (first + 1).toLocaleString('en-US') + '\u2013'
                      + Math.min(last + 1, max || last + 1).toLocaleString('en-US') + ' of ' + total;
                };
                grid.addEventListener('scroll', update, true);
                (grid.$ && grid.$.table ? grid.$.table : grid).addEventListener('scroll', update);
                grid.addEventListener('visible-index-changed', update);
                label._update = update;
                """, count.getElement());
    }

    /** The client-side key of the row whose cell has the keyboard focus, if any. */
    private static final String FOCUSED_ITEM = "(element.getEventContext(event).item || {}).key";

    private void open(LeadSummary lead) {
        UI.getCurrent().navigate("leads/" + lead.key());
    }

    private Component emptyState() {
        Span text = new Span("No leads match these filters.");
        Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), e -> filters.clear());
        clear.setId("leads-clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div empty = new Div(text, clear);
        empty.setId("leads-empty");
        empty.addClassName("leads-empty");
        return empty;
    }

    /** The header of each column by key, for the Columns menu. */
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("key", "Key"),
            Map.entry("lastName", "Name"), Map.entry("status", "Status"), Map.entry("overdue", "Due"),
            Map.entry("phone", "Phone"), Map.entry("daysInStatus", "Days in status"), Map.entry("course", "Course"),
            Map.entry("nextAppointment", "Next appointment"), Map.entry("slaDueAt", "Target"),
            Map.entry("nextTask", "Next task"), Map.entry("resolution", "Resolution"), Map.entry("email", "E-mail"), Map.entry("condition", "Condition"),
            Map.entry("source", "Source"), Map.entry("createdAt", "Created"));

    private void changedBySelectionAction() {
        grid.deselectAll();
        refresh();
    }

    LeadFilter filter() {
        return filters.filter();
    }

    /**
     * The address query of the current filters, sort and columns (defaults left out); the search text stands in it
     * as a token of this session ({@link SearchInAddress}).
     */
    String query() {
        return new QueryParameters(SearchInAddress.hide(parameters())).getQueryString();
    }

    /** The query a saved view keeps, on the server, with its search text; opening it hides the text again. */
    String savedQuery() {
        return new QueryParameters(parameters()).getQueryString();
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> params = new LinkedHashMap<>(filters.toParameters());
        List<GridSortOrder<LeadSummary>> order = grid.getSortOrder();
        if (!order.isEmpty()) {
            GridSortOrder<LeadSummary> first = order.getFirst();
            String sort = first.getSorted().getKey() + (first.getDirection() == SortDirection.ASCENDING ? ",asc" : ",desc");
            if (!DEFAULT_SORT.equals(sort)) {
                params.put("sort", List.of(sort));
            }
        }
        String cols = columns.columns().toParameter();
        if (cols != null) {
            params.put("cols", List.of(cols));
        }
        return params;
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        // The new address builds the page afresh, which reads the list and its count: reading them here too
        // would read them twice, for a page about to be left.
        navigate();
    }

    private void navigate() {
        UI.getCurrent().navigate("leads", QueryParameters.fromString(query()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    /** "1–50 of 307", "1–50 of 10,000+", or "No leads" (counted in the database, up to a bound). */
    private void showCount() {
        LeadCount n;
        try {
            n = leads.count(filter());
        } catch (InvalidInputException e) {
            count.setText("");
            return;
        }
        count.getElement().setAttribute("data-total", n.value() == 0 ? "" : n.text());
        count.getElement().setAttribute("data-max", n.atLeast() ? "" : String.valueOf(n.value()));
        count.setText(countText(n, PAGE));
    }

    static String countText(LeadCount n, int page) {
        if (n.value() == 0) {
            return "No leads";
        }
        long last = n.atLeast() ? page : Math.min(page, n.value());
        return "1–" + String.format(Locale.ROOT, "%,d", last) + " of " + n.text();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> shown = event.getLocation().getQueryParameters().getParameters();
        if (SearchInAddress.showsText(shown)) {
            // An address with the search text in clear (an old bookmark, a saved view): the same list, text hidden.
            event.forwardTo("leads", new QueryParameters(SearchInAddress.hide(shown)));
            return;
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> params = SearchInAddress.reveal(shown, problems);
        restoring = true;
        try {
            problems.addAll(filters.fromParameters(params));
            sortFrom(LeadFilterBar.first(params, "sort").orElse(DEFAULT_SORT), problems);
            columns.show(LeadColumns.parse(LeadFilterBar.first(params, "cols").orElse(null)));
            if (!problems.isEmpty()) {
                Notifications.error("Left out what this address asked for but could not be read: "
                        + String.join(", ", problems) + ".");
            }
        } finally {
            restoring = false;
        }
        refresh();
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

    /** The keys of the selected rows, in the list's order of selection. */
    static List<String> keys(Set<LeadSummary> selected) {
        return selected.stream().map(LeadSummary::key).toList();
    }
}
