package com.pathway.clinic.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.pathway.clinic.LeadExportService;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.LeadSummary;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ClinicTime;
import com.pathway.shared.ui.Notifications;
import com.pathway.workflow.StatusCategory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
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
 * bookmarked or shared; a row opens the lead's work item page.
 */
@Route("leads")
@PageTitle("Leads · Pathway")
@Menu(order = 10, icon = "vaadin:user-card", title = "Leads")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.MANAGER, Role.Names.CLINICIAN})
public class LeadsView extends VerticalLayout implements BeforeEnterObserver {

    private final LeadService leads;
    private final ClinicTime time;
    private final Grid<LeadSummary> grid = new Grid<>(LeadSummary.class, false);
    private final TextField text = new TextField();
    private final Select<StatusCategory> category = new Select<>();
    private final Select<LeadSource> source = new Select<>();
    private final ComboBox<String> condition = new ComboBox<>();
    private boolean restoring;

    public LeadsView(LeadService leads, LeadExportService exports, ClinicTime time) {
        this.leads = leads;
        this.time = time;
        addClassName("pathway-view");
        setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(new H2("Leads"), filters());
        toolbar.addClassName("pathway-toolbar");
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (exports.mayExport()) {
            toolbar.add(new LeadExportLink(exports, this::filter));
        }
        configureGrid();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout filters() {
        text.setId("lead-search");
        text.setPlaceholder("Key, name, phone or e-mail");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("16rem");
        category.setId("lead-category");
        category.setPlaceholder("Any stage");
        category.setItems(StatusCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Any stage");
        category.setItemLabelGenerator(c -> c == null ? "Any stage" : label(c));
        source.setId("lead-source");
        source.setItems(LeadSource.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any source");
        source.setItemLabelGenerator(s -> s == null ? "Any source" : label(s));
        condition.setId("lead-condition");
        condition.setPlaceholder("Any condition");
        condition.setItems(leads.conditions());
        condition.setClearButtonVisible(true);
        text.addValueChangeListener(e -> filterChanged());
        category.addValueChangeListener(e -> filterChanged());
        source.addValueChangeListener(e -> filterChanged());
        condition.addValueChangeListener(e -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(text, category, source, condition);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private void configureGrid() {
        grid.setId("leads-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LeadSummary::key).setHeader("Key").setKey("key").setSortable(true).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(l -> l.lastName() + ", " + l.firstName()).setHeader("Name").setKey("lastName")
                .setSortable(true).setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(l -> l.lastName() + ", " + l.firstName());
        grid.addComponentColumn(l -> badge(l.status(), l.category())).setHeader("Status").setKey("status")
                .setSortable(true).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(l -> Optional.ofNullable(l.phone()).orElse(Optional.ofNullable(l.email()).orElse("")))
                .setHeader("Contact").setKey("contact").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(l -> l.conditionOfInterest() == null ? "" : l.conditionOfInterest()).setHeader("Condition")
                .setKey("condition").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(l -> l.source() == null ? "" : label(l.source())).setHeader("Source").setKey("source")
                .setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(l -> time.format(l.createdAt())).setHeader("Created").setKey("createdAt").setSortable(true)
                .setWidth("12rem").setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("createdAt"), SortDirection.DESCENDING)));
        // No total count: each page is one audited query; the grid grows as the user scrolls.
        grid.setItems(query -> {
            try {
                return leads.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
            } catch (InvalidInputException e) {
                Notifications.error(String.join(" ", e.fieldErrors().values()));
                return java.util.stream.Stream.empty();
            }
        });
        grid.setEmptyStateText("No leads match these filters.");
        grid.addItemClickListener(e -> UI.getCurrent().navigate("items/" + e.getItem().key()));
    }

    LeadFilter filter() {
        String search = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new LeadFilter(null, category.getValue(), null, source.getValue(), condition.getValue(), null, null,
                null, search);
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> params = new LinkedHashMap<>();
        if (filter().text() != null) {
            params.put("q", filter().text());
        }
        if (category.getValue() != null) {
            params.put("stage", category.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (source.getValue() != null) {
            params.put("source", source.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (condition.getValue() != null) {
            params.put("condition", condition.getValue());
        }
        UI.getCurrent().navigate(LeadsView.class, QueryParameters.simple(params));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            text.setValue(first(params, "q").orElse(""));
            category.setValue(first(params, "stage").flatMap(v -> parse(StatusCategory.values(), v)).orElse(null));
            source.setValue(first(params, "source").flatMap(v -> parse(LeadSource.values(), v)).orElse(null));
            condition.setValue(first(params, "condition").filter(leads.conditions()::contains).orElse(null));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    private static <E extends Enum<E>> Optional<E> parse(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    private static Span badge(String status, StatusCategory category) {
        Span badge = new Span(status);
        badge.getElement().getThemeList().add("badge pill small");
        badge.getElement().getThemeList().add(switch (category) {
            case TODO -> "contrast";
            case IN_PROGRESS -> "primary";
            case DONE -> "success";
        });
        return badge;
    }

    private static String label(StatusCategory category) {
        return switch (category) {
            case TODO -> "To do";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        };
    }

    private static String label(LeadSource source) {
        String words = source.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
