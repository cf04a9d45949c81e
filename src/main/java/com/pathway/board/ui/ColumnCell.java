package com.pathway.board.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
 * "Show more" while the column holds more than it shows. A drop target for cards. Read again (a live
 * update, a move), it keeps the card components whose card is unchanged and only removes, adds or moves
 * the others, so that a refresh after someone else's move sends the browser the few cards that changed.
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
    /** The view for a card: the one shown before (or null) when it still fits, else a new one. */
    private final BiFunction<Card, CardView, CardView> cards;
    private final Div list = new Div();
    private final Button more = new Button();
    private final List<CardView> shown = new ArrayList<>();
    private long total;

    ColumnCell(int column, Lane lane, Loader loader, BiFunction<Card, CardView, CardView> cards,
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
        show(loader.load(column, lane, 0, shownToKeep()));
    }

    /** How many cards to read when the cell is read again: a page, or as many as it shows (at most the maximum). */
    int shownToKeep() {
        return Math.max(PAGE, Math.min(shown.size(), com.pathway.board.BoardService.MAX_PAGE));
    }

    /** Shows a first page read for the whole board (or as many cards as the cell showed), reusing what fits. */
    void show(CardPage first) {
        Map<String, CardView> before = new HashMap<>();
        shown.forEach(view -> before.put(view.card().key(), view));
        List<CardView> now = new ArrayList<>(first.cards().size());
        for (Card card : first.cards()) {
            CardView old = before.remove(card.key());
            CardView view = cards.apply(card, old);
            if (old != null && old != view) {
                list.remove(old); // drawn again: the old one goes first, so the kept ones after it need not move
            }
            now.add(view);
        }
        before.values().forEach(list::remove);
        // The list now holds only the kept views, in their old order; the new ones go in at their places.
        for (int i = 0; i < now.size(); i++) {
            CardView view = now.get(i);
            if (i >= list.getComponentCount() || list.getComponentAt(i) != view) {
                list.addComponentAtIndex(i, view);
            }
        }
        shown.clear();
        shown.addAll(now);
        counted(first.total());
    }

    private void showMore() {
        append(loader.load(column, lane, shown.size(), PAGE));
    }

    private void append(CardPage page) {
        for (Card card : page.cards()) {
            CardView view = cards.apply(card, null);
            shown.add(view);
            list.add(view);
        }
        counted(page.total());
    }

    private void counted(long total) {
        this.total = total;
        long left = total - shown.size();
        more.setText("Show more (" + left + " more)");
        more.setVisible(left > 0);
    }
}
