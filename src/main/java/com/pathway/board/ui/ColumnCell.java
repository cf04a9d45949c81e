package com.pathway.board.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.pathway.board.Card;
import com.pathway.board.CardPage;
import com.pathway.board.Lane;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;

/**
 * The cards of one column in one swimlane (the whole column without lanes): a page at a time, with
 * "Show more" while the column holds more than it shows. A drop target for cards.
 */
class ColumnCell extends Div {

    static final int PAGE = 20;

    /** Reads a page of this cell's cards: offset and limit. */
    interface Loader {
        CardPage load(int column, Lane lane, int offset, int limit);
    }

    private final int column;
    private final Lane lane;
    private final Loader loader;
    private final Function<Card, CardView> cards;
    private final Div list = new Div();
    private final Button more = new Button();
    private final List<CardView> shown = new ArrayList<>();
    private long total;

    ColumnCell(int column, Lane lane, Loader loader, Function<Card, CardView> cards,
            java.util.function.BiConsumer<ColumnCell, String> dropped) {
        this.column = column;
        this.lane = lane;
        this.loader = loader;
        this.cards = cards;
        addClassName("board-cell");
        getElement().setAttribute("data-column", String.valueOf(column));
        list.addClassName("board-cell-cards");
        list.getElement().setAttribute("role", "list");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClassName("board-cell-more");
        more.addClickListener(e -> showMore());
        add(list, more);
        DropTarget<ColumnCell> target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(key -> dropped.accept(this, String.valueOf(key))));
    }

    int column() {
        return column;
    }

    Lane lane() {
        return lane;
    }

    List<CardView> cards() {
        return List.copyOf(shown);
    }

    long total() {
        return total;
    }

    /** Reads the first page again, or as many cards as were shown (so a live update keeps the place). */
    void reload() {
        int count = shownToKeep();
        list.removeAll();
        shown.clear();
        append(loader.load(column, lane, 0, count));
    }

    /** How many cards to read when the cell is read again: a page, or as many as it shows (at most the maximum). */
    int shownToKeep() {
        return Math.max(PAGE, Math.min(shown.size(), com.pathway.board.BoardService.MAX_PAGE));
    }

    /** Shows a first page read for the whole board. */
    void show(CardPage first) {
        list.removeAll();
        shown.clear();
        append(first);
    }

    private void showMore() {
        append(loader.load(column, lane, shown.size(), PAGE));
    }

    private void append(CardPage page) {
        total = page.total();
        for (Card card : page.cards()) {
            CardView view = cards.apply(card);
            shown.add(view);
            list.add(view);
        }
        long left = total - shown.size();
        more.setText("Show more (" + left + " more)");
        more.setVisible(left > 0);
    }
}
