package com.pathway.reporting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.clinic.LeadSource;
import com.pathway.reporting.Dimension;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.ReportKind;
import com.pathway.reporting.ReportService;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ui.InlineAlert;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
 * apply to every figure, then one card per report of {@link ReportService}. Administrators see the same
 * figures without names and without links to leads.
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
    private final ComboBox<LeadSource> source = new ComboBox<>("Source");
    private final TextField campaign = text("Campaign");
    private final TextField condition = text("Condition");
    private final TextField coordinator = text("Coordinator");
    private final TextField clinician = text("Clinician");
    private final Select<Dimension> by = new Select<>();
    private final InlineAlert problems = new InlineAlert();
    private final Div grid = new Div();
    private boolean reading;
    private Long referrer;

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
        FlexLayout filters = new FlexLayout(from, to, source, campaign, condition, coordinator, clinician, by);
        filters.addClassName("dashboard-filters");
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> changed()));
        source.addValueChangeListener(e -> changed());
        by.addValueChangeListener(e -> changed());
        List.of(campaign, condition, coordinator, clinician).forEach(t -> t.addValueChangeListener(e -> changed()));
        grid.addClassName("dashboard-grid");
        add(new H1("Dashboard"), filters, problems, grid);
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
        referrer = filter.referrerId();
        from.setValue(filter.from());
        to.setValue(filter.to());
        source.setValue(filter.source());
        campaign.setValue(filter.campaign() == null ? "" : filter.campaign());
        condition.setValue(filter.condition() == null ? "" : filter.condition());
        coordinator.setValue(filter.coordinator() == null ? "" : filter.coordinator());
        clinician.setValue(filter.clinician() == null ? "" : filter.clinician());
        by.setValue(dimension);
        reading = false;
        grid.removeAll();
        boolean mayOpenLeads = reports.mayOpenLeads();
        for (ReportKind kind : ReportKind.values()) {
            Report report = reports.report(kind, filter, dimension, false);
            grid.add(new ReportCard(reports, kind, report, filter, dimension, mayOpenLeads));
        }
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
                referrer, condition.getValue(), coordinator.getValue(), clinician.getValue());
        Map<String, String> params = new LinkedHashMap<>(filter.parameters());
        if (by.getValue() != null && by.getValue() != Dimension.SOURCE) {
            params.put("by", by.getValue().parameter());
        }
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(params));
    }
}
