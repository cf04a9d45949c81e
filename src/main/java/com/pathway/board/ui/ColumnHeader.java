package com.pathway.board.ui;

import com.pathway.board.BoardColumn;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A column's name, its true count under the filters, and how far it is outside its WIP limits. */
class ColumnHeader extends Div {

    private final BoardColumn column;
    private final Span count = new Span();
    private final Span wip = new Span();

    ColumnHeader(BoardColumn column, int index) {
        this.column = column;
        addClassName("board-column-header");
        setId("column-" + index);
        Span name = new Span(column.name());
        name.addClassName("board-column-name");
        count.addClassName("board-column-count");
        wip.addClassName("board-column-wip");
        add(name, count, wip);
        getElement().setAttribute("title", String.join(", ", column.statuses()));
    }

    void count(long n) {
        count.setText(String.valueOf(n));
        var breach = column.wipBreach(n);
        wip.setText(breach.orElse(""));
        wip.setVisible(breach.isPresent());
        if (breach.isPresent()) {
            addClassName("board-column-breach");
        } else {
            removeClassName("board-column-breach");
        }
        String limits = column.wipMax() == null && column.wipMin() == null ? ""
                : " (limits " + (column.wipMin() == null ? "–" : column.wipMin()) + " to "
                        + (column.wipMax() == null ? "–" : column.wipMax()) + ")";
        count.getElement().setAttribute("title", n + (n == 1 ? " card" : " cards") + limits);
    }
}
