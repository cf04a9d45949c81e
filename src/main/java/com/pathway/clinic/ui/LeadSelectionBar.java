package com.pathway.clinic.ui;

import java.time.LocalDate;
import java.util.List;

import com.pathway.clinic.LeadBulkService;
import com.pathway.clinic.LeadExportService;
import com.pathway.clinic.LeadSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The bar over the lead list while rows are selected: "12 selected", Close… (for those who may close
 * selected leads), Export selection (for those who may export), every other
 * {@link LeadSelectionAction}, and Clear selection. Hidden while nothing is selected.
 */
class LeadSelectionBar extends HorizontalLayout {

    private final Grid<LeadSummary> grid;
    private final Span selected = new Span();
    private final List<com.vaadin.flow.component.HasEnabled> actions = new java.util.ArrayList<>();

    /** @param bulk null when the user may not close selected leads; {@code exports} likewise */
    LeadSelectionBar(Grid<LeadSummary> grid, LeadBulkService bulk, LeadExportService exports,
            List<LeadSelectionAction> more, Runnable changed) {
        this.grid = grid;
        setId("lead-selection");
        addClassName("lead-selection-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
        selected.setId("lead-selection-count");
        selected.addClassName("lead-selection-count");
        add(selected);
        if (bulk != null) {
            Button close = new Button("Close…", e -> new BulkCloseDialog(bulk, keys(), changed).open());
            close.setId("selection-close");
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(close);
            actions.add(close);
        }
        if (exports != null) {
            Anchor export = exportLink(exports);
            add(export);
            actions.add(export);
        }
        for (LeadSelectionAction action : more) {
            Button button = new Button(action.label(), e -> action.run(keys(), changed));
            button.setId("selection-" + action.id());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(button);
            actions.add(button);
        }
        Button clear = new Button("Clear selection", e -> grid.deselectAll());
        clear.setId("selection-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(clear);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            boolean tooMany = n > LeadBulkService.MAX_SELECTED;
            selected.setText(n + " selected" + (tooMany ? " (act on at most " + LeadBulkService.MAX_SELECTED
                    + " at once)" : ""));
            actions.forEach(a -> a.setEnabled(!tooMany));
            setVisible(n > 0);
        });
    }

    private List<String> keys() {
        return LeadsView.keys(grid.getSelectedItems());
    }

    private Anchor exportLink(LeadExportService exports) {
        Anchor link = new Anchor();
        link.setId("selection-export");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Export selection"));
        link.addClassName("lead-selection-export");
        link.getElement().setAttribute("title", "Export the selected leads as a CSV file");
        link.setHref((DownloadHandler) event -> {
            List<String> keys = read(event.getSession());
            if (keys.isEmpty()) {
                return;
            }
            event.setFileName("leads-selected-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            exports.exportSelection(keys, event.getOutputStream());
        });
        return link;
    }

    /** The selection as shown; the download runs outside the UI's lock, so it takes the lock to read. */
    private List<String> read(VaadinSession session) {
        session.lock();
        try {
            return keys();
        } finally {
            session.unlock();
        }
    }
}
