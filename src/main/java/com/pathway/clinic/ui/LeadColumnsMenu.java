package com.pathway.clinic.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pathway.clinic.LeadSummary;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

/**
 * "Columns ▾" over the lead list: a column to show or hide (the key stays), and the default columns.
 * It also follows the columns the user drags to another place or width, and lays the grid out as a
 * {@link LeadColumns} says; {@code changed} runs after each change by the user, so the address keeps it.
 */
class LeadColumnsMenu extends MenuBar {

    /** A column's width as the list lays it out before anyone drags it. */
    private record Width(String width, boolean auto, int flexGrow) {
    }

    private final Grid<LeadSummary> grid;
    private final Runnable changed;
    private final Map<String, Width> defaults = new LinkedHashMap<>();
    private final Map<String, MenuItem> choices = new LinkedHashMap<>();
    private LeadColumns columns = LeadColumns.defaults();

    /** @param grid with every column added, each with a key and a header */
    LeadColumnsMenu(Grid<LeadSummary> grid, Map<String, String> headers, Runnable changed) {
        this.grid = grid;
        this.changed = changed;
        setId("leads-columns");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = addItem(new Span(VaadinIcon.GRID_SMALL_O.create(), new Span(" Columns ▾")));
        root.setAriaLabel("Choose the columns to show");
        SubMenu menu = root.getSubMenu();
        for (Grid.Column<LeadSummary> column : grid.getColumns()) {
            String key = column.getKey();
            column.setResizable(true);
            defaults.put(key, new Width(column.getWidth(), column.isAutoWidth(), column.getFlexGrow()));
            MenuItem item = menu.addItem(headers.get(key), e -> change(columns.toggled(key, !columns.isShown(key))));
            item.setCheckable(true);
            item.setId("column-" + key);
            item.setEnabled(!LeadColumns.ALWAYS.equals(key));
            choices.put(key, item);
        }
        menu.addSeparator();
        menu.addItem("Default columns", e -> change(LeadColumns.defaults())).setId("columns-default");
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
            choices.get(key).setChecked(columns.isShown(key));
        }
        grid.setColumnOrder(order);
    }

    private void change(LeadColumns to) {
        show(to);
        changed.run();
    }
}
