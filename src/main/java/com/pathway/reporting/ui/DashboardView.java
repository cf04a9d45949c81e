package com.pathway.reporting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.clinic.LeadSource;
import com.pathway.clinic.ReferrerOption;
import com.pathway.reporting.Dimension;
import com.pathway.reporting.FiguresSource;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.ReportKind;
import com.pathway.reporting.ReportService;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.ComboBoxes;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' dashboard ({@code /dashboard}): a date range and filters that live in the address and
 * apply to every figure (a referrer is picked by name), a link that reopens the same view with Copy link,
 * then one card per report of {@link ReportService}. Administrators see the same figures without names and
 * without links to leads.
 */
@Route("dashboard")
@PageTitle("Dashboard · Pathway")
@Menu(order = 30, icon = "vaadin:chart", title = "Dashboard")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@StyleSheet("context://styles/dashboard.css")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportService reports;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<LeadSource> source = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Source"));
    private final TextField campaign = text("Campaign");
    private final TextField condition = text("Condition");
    private final TextField coordinator = text("Coordinator");
    private final TextField clinician = text("Clinician");
    private final ComboBox<ReferrerOption> referrer = new ComboBox<>("Referrer");
    private final TextField link = new TextField("Link to this view");
    private final Button copy = new Button("Copy link", VaadinIcon.LINK.create());
    private final Select<Dimension> by = new Select<>();
    private final InlineAlert problems = new InlineAlert();
    private final Div grid = new Div();
    /** Says so while the figures are read from the whole history, which takes longer than the summary. */
    private final Paragraph figuresFrom = new Paragraph();
    private boolean reading;

    public DashboardView(ReportService reports) {
        this.reports = reports;
        addClassName("dashboard-view");
        setWidthFull();
        from.setId("dashboard-from");
        to.setId("dashboard-to");
        source.setId("dashboard-source");
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(LeadSource::label);
        source.setClearButtonVisible(true);
        by.setLabel("Break down by");
        by.setId("dashboard-by");
        by.setItems(Dimension.values());
        by.setItemLabelGenerator(Dimension::label);
        by.setValue(Dimension.SOURCE);
        referrer.setId("dashboard-referrer");
        referrer.setItemLabelGenerator(ReferrerOption::name);
        referrer.setClearButtonVisible(true);
        referrer.setWidth("14rem");
        referrer.setPlaceholder("Any referrer");
        referrer.setItems(new ArrayList<>(reports.referrers())); // a linked referrer not listed is added
        referrer.setVisible(reports.mayOpenLeads());
        ComboBoxes.pickFirstMatchOnEnter(referrer);
        referrer.addValueChangeListener(e -> changed());
        FlexLayout filters = new FlexLayout(from, to, source, referrer, campaign, condition, coordinator, clinician,
                by);
        filters.addClassName("dashboard-filters");
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> changed()));
        source.addValueChangeListener(e -> changed());
        by.addValueChangeListener(e -> changed());
        List.of(campaign, condition, coordinator, clinician).forEach(t -> t.addValueChangeListener(e -> changed()));
        grid.addClassName("dashboard-grid");
        link.setId("dashboard-link");
        link.setReadOnly(true);
        link.setWidth("32rem");
        link.setHelperText("Dates, source, referrer, campaign, people and breakdown; the condition is left out of a"
                + " link (it is health information).");
        link.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        copy.setId("dashboard-copy-link");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.addClickListener(e -> copy.getElement().executeJs("const url = new URL($0, document.baseURI).href;"
                + " return navigator.clipboard ? navigator.clipboard.writeText(url).then(() => true) : false;",
                link.getValue()).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notifications.success("Link copied.");
                    } else {
                        Notifications.error("This browser did not let Pathway copy; select the link and copy it.");
                    }
                }));
        FlexLayout share = new FlexLayout(link, copy);
        share.addClassName("dashboard-share");
        share.setAlignItems(Alignment.BASELINE);
        share.getStyle().set("gap", "var(--lumo-space-s)");
        figuresFrom.setId("dashboard-figures-from");
        figuresFrom.addClassName("dashboard-figures-from");
        figuresFrom.setVisible(false);
        add(new H1("Dashboard"), filters, share, problems, figuresFrom, grid);
    }

    private static TextField text(String label) {
        TextField field = new TextField(label);
        field.setId("dashboard-" + label.toLowerCase());
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setClearButtonVisible(true);
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.setWidth("10rem");
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        ReportFilter filter;
        problems.clear();
        try {
            filter = ReportFilter.parse(params, reports.defaultFilter());
            filter.check(reports.maxDays());
        } catch (InvalidInputException e) {
            problems.show("Some filters in the address could not be used; showing the last "
                    + ReportService.DEFAULT_DAYS + " days instead.", new ArrayList<>(e.fieldErrors().values()));
            filter = reports.defaultFilter();
        }
        Dimension dimension = params.getOrDefault("by", List.of()).stream().findFirst().flatMap(Dimension::of)
                .orElse(Dimension.SOURCE);
        show(filter, dimension);
    }

    private void show(ReportFilter filter, Dimension dimension) {
        reading = true;
        referrer.setValue(referrerOption(filter.referrerId()));
        from.setValue(filter.from());
        to.setValue(filter.to());
        source.setValue(filter.source());
        campaign.setValue(filter.campaign() == null ? "" : filter.campaign());
        condition.setValue(filter.condition() == null ? "" : filter.condition());
        coordinator.setValue(filter.coordinator() == null ? "" : filter.coordinator());
        clinician.setValue(filter.clinician() == null ? "" : filter.clinician());
        by.setValue(dimension);
        link.setValue(address(filter, dimension));
        reading = false;
        grid.removeAll();
        showFiguresSource(reports.figuresSource());
        boolean mayOpenLeads = reports.mayOpenLeads();
        String arrival = mayOpenLeads ? reports.arrivalStage().orElse(null) : null;
        for (ReportKind kind : ReportKind.values()) {
            Report report = reports.report(kind, filter, dimension, false);
            grid.add(new ReportCard(reports, kind, report, filter, dimension, mayOpenLeads, arrival));
        }
    }

    /** Nothing while the figures come from the summary; otherwise why they may take longer to appear. */
    private void showFiguresSource(FiguresSource from) {
        figuresFrom.setText(switch (from) {
            case SUMMARY -> "";
            case HISTORY_UNTIL_REBUILT -> "The dashboard's summary is being brought up to date, so these figures are"
                    + " worked out from the whole transition history and take longer to appear. They are the same"
                    + " figures; reload the page in a few minutes for the faster view.";
            case HISTORY -> "The published workflow has more stages than the dashboard's summary holds, so these"
                    + " figures are worked out from the whole transition history and take longer to appear.";
        });
        figuresFrom.setVisible(from != FiguresSource.SUMMARY);
    }

    /** A filter changed: the address takes the new filters, and entering it again draws the figures. */
    private void changed() {
        if (reading) {
            return;
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The last day comes before the first.");
            return;
        }
        to.setInvalid(false);
        ReportFilter filter = new ReportFilter(from.getValue(), to.getValue(), source.getValue(), campaign.getValue(),
                referrer.getValue() == null ? null : referrer.getValue().id(), condition.getValue(),
                coordinator.getValue(), clinician.getValue());
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(parameters(filter, by.getValue())));
    }

    /** The page's address parameters: the filter, and the breakdown when it is not the default. */
    static Map<String, String> parameters(ReportFilter filter, Dimension dimension) {
        Map<String, String> params = new LinkedHashMap<>(filter.parameters());
        if (dimension != null && dimension != Dimension.SOURCE) {
            params.put("by", dimension.parameter());
        }
        return params;
    }

    /**
     * The address that reopens this view, relative to the app: every filter but the condition of interest,
     * which is health information and stays out of links handed on.
     */
    static String address(ReportFilter filter, Dimension dimension) {
        String query = parameters(filter.withoutCondition(), dimension).entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? "dashboard" : "dashboard?" + query;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The picker's item for a referrer id from the address (one it does not list is still kept, by number). */
    private ReferrerOption referrerOption(Long id) {
        if (id == null) {
            return null;
        }
        return referrer.getListDataView().getItems().filter(r -> r.id() == id).findFirst()
                .orElseGet(() -> {
                    ReferrerOption unknown = new ReferrerOption(id, "Referrer " + id);
                    referrer.getListDataView().addItem(unknown);
                    return unknown;
                });
    }
}
