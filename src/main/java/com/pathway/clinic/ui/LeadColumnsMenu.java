package com.pathway.clinic.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.clinic.LeadSummary;
import com.pathway.shared.ui.ButtonMenu;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Columns ▾" over the lead list: a column to show or hide (the key stays), and the default columns.
 * It also follows the columns the user drags to another place or width, and lays the grid out as a
 * {@link LeadColumns} says; {@code changed} runs after each change by the user, so the address keeps it.
 * The menu's items are made when it opens ({@link ButtonMenu}).
 */
class LeadColumnsMenu extends Button {

    /** A column's width as the list lays it out before anyone drags it. */
    private record Width(String width, boolean auto, int flexGrow) {
    }

    private final Grid<LeadSummary> grid;
    private final Runnable changed;
    private final Map<String, Width> defaults = new LinkedHashMap<>();
    /** Each column's header, in the grid's first order. */
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final ButtonMenu menu;
    private LeadColumns columns = LeadColumns.defaults();

    /** @param grid with every column added, each with a key and a header */
    LeadColumnsMenu(Grid<LeadSummary> grid, Map<String, String> headers, Runnable changed) {
        this.grid = grid;
        this.changed = changed;
        setText("Columns ▾");
        setIcon(VaadinIcon.GRID_SMALL_O.create());
        setId("leads-columns");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setAriaLabel("Choose the columns to show");
        for (Grid.Column<LeadSummary> column : grid.getColumns()) {
            String key = column.getKey();
            column.setResizable(true);
            defaults.put(key, new Width(column.getWidth(), column.isAutoWidth(), column.getFlexGrow()));
            this.headers.put(key, headers.get(key));
        }
        menu = new ButtonMenu(this, this::items);
        grid.setColumnReorderingAllowed(true);
        grid.addColumnReorderListener(e -> {
            if (e.isFromClient()) {
                change(columns.reordered(e.getColumns().stream().map(Grid.Column::getKey).toList()));
            }
        });
        grid.addColumnResizeListener(e -> {
            if (e.isFromClient()) {
                change(columns.resized(e.getResizedColumn().getKey(), e.getResizedColumn().getWidth()));
            }
        });
    }

    LeadColumns columns() {
        return columns;
    }

    ButtonMenu menu() {
        return menu;
    }

    /** A checkable item for each column, the key's disabled, then the default columns. */
    private void items(ButtonMenu items) {
        for (Map.Entry<String, String> column : headers.entrySet()) {
            String key = column.getKey();
            MenuItem item = items.addItem(column.getValue(), e -> change(columns.toggled(key, !columns.isShown(key))));
            item.setCheckable(true);
            item.setChecked(columns.isShown(key));
            item.setId("column-" + key);
            item.setEnabled(!LeadColumns.ALWAYS.equals(key));
        }
        items.addSeparator();
        items.addItem("Default columns", e -> change(LeadColumns.defaults())).setId("columns-default");
    }

    /** Lays the grid out as {@code shown} says: order, visibility and widths (without telling anyone). */
    void show(LeadColumns shown) {
        columns = shown;
        List<Grid.Column<LeadSummary>> order = new ArrayList<>();
        for (String key : columns.order()) {
            Grid.Column<LeadSummary> column = grid.getColumnByKey(key);
            order.add(column);
            column.setVisible(columns.isShown(key));
            String width = columns.width(key);
            Width normal = defaults.get(key);
            column.setAutoWidth(width == null && normal.auto());
            column.setWidth(width == null ? normal.width() : width);
            column.setFlexGrow(width == null ? normal.flexGrow() : 0);
        }
        grid.setColumnOrder(order);
    }

    private void change(LeadColumns to) {
        show(to);
        changed.run();
    }
}
