package com.pathway.reporting.ui;

import java.util.Map;
import java.util.Optional;

import com.pathway.reporting.Dimension;
import com.pathway.reporting.Report;
import com.pathway.reporting.ReportFilter;
import com.pathway.reporting.ReportKind;
import com.pathway.reporting.ReportService;
import com.pathway.shared.ui.EChart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * One figure on the dashboard: its chart, a table of the same numbers for screen readers and keyboards
 * (each row a link to the leads behind it where the lead list can show them), and its data as CSV and its
 * picture as PNG. A click on the chart follows the same link as its row.
 */
class ReportCard extends Section {

    /** @param arrival the workflow's first open stage, with which rows drill to the lead list ({@link ReportLinks}) */
    ReportCard(ReportService reports, ReportKind kind, Report report, ReportFilter filter, Dimension by,
            boolean mayOpenLeads, String arrival) {
        addClassName("report-card");
        setId("report-" + kind.path());
        H2 title = new H2(report.title());
        title.setId("report-" + kind.path() + "-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        EChart chart = new EChart();
        chart.setId("chart-" + kind.path());
        chart.setOption(ChartOptions.of(kind, report));
        chart.setDescription(ReportText.describe(report));
        if (mayOpenLeads) {
            chart.addChartClickListener(e -> report.rows().stream()
                    .filter(r -> r.label().equals(e.name()) || r.label().equals(e.series())).findFirst()
                    .flatMap(r -> ReportLinks.leadList(kind, by, filter, r, arrival)).ifPresent(ReportCard::open));
        }

        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName(kind.path() + "-" + filter.from() + "-" + filter.to() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            reports.export(kind, filter, by, event.getOutputStream());
        }, "");
        csv.setId("csv-" + kind.path());
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(" CSV"));
        csv.getElement().setAttribute("aria-label", "Download " + report.title() + " as CSV");
        Button png = new Button("PNG", VaadinIcon.PICTURE.create(),
                e -> chart.downloadPng(kind.path() + "-" + filter.from() + "-" + filter.to() + ".png"));
        png.setId("png-" + kind.path());
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        png.getElement().setAttribute("aria-label", "Download " + report.title() + " as a PNG picture");
        Div actions = new Div(csv, png);
        actions.addClassName("report-actions");

        Details table = new Details("Table", tableScroll(kind, report, filter, by, mayOpenLeads, arrival));
        table.setId("table-" + kind.path());
        add(title, chart, actions, table);
        if (report.smallNumberLimit() != null) {
            Paragraph note = new Paragraph("Counts under " + report.smallNumberLimit()
                    + " people are shown as \"fewer than " + report.smallNumberLimit() + "\".");
            note.addClassName("report-note");
            add(note);
        }
    }

    private static Div tableScroll(ReportKind kind, Report report, ReportFilter filter, Dimension by,
            boolean mayOpenLeads, String arrival) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(report.title());
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        headRow.add(header(report.rowHeading()));
        report.columns().forEach(c -> headRow.add(header(c)));
        head.addRows(headRow);
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (Report.Row row : report.rows()) {
            NativeTableRow tr = new NativeTableRow();
            Optional<Map<String, String>> link = mayOpenLeads ? ReportLinks.leadList(kind, by, filter, row, arrival)
                    : Optional.empty();
            NativeTableHeaderCell label = new NativeTableHeaderCell();
            label.getElement().setAttribute("scope", "row");
            if (link.isPresent()) {
                Anchor a = new Anchor("leads?" + QueryParameters.simple(link.get()).getQueryString(), row.label());
                a.getElement().setAttribute("router-link", "");
                a.getElement().setAttribute("title", "Open these leads in the lead list");
                label.add(a);
            } else {
                label.setText(row.label());
            }
            tr.add(label);
            row.cells().forEach(c -> tr.add(new NativeTableCell(ReportService.text(c, report.smallNumberLimit()))));
            body.addRows(tr);
        }
        table.add(body);
        Div scroll = new Div(table);
        scroll.addClassName("report-table-scroll");
        return scroll;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(text);
        th.getElement().setAttribute("scope", "col");
        return th;
    }

    private static void open(Map<String, String> params) {
        UI.getCurrent().navigate("leads", QueryParameters.simple(params));
    }
}
