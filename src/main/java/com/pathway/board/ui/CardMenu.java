package com.pathway.board.ui;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.ContextMenu;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one menu of every card on a board. A card's menu button is markup in its text ({@link CardView#markup}); a
 * click on it opens this menu, whose items are made at that moment for that card. The browser tells which card
 * (its key) and opens nothing for a click anywhere else on the board. A board holds a hundred cards or so, so one
 * menu for all of them instead of a menu, a button and an icon per card keeps each card to two elements.
 */
final class CardMenu extends ContextMenu {

    /** The class of a card's menu button in its markup. */
    static final String BUTTON_CLASS = "board-card-menu";

    /**
     * Run on the board's element each time it is attached: only a click on a card's menu button opens the menu
     * ({@code preventContextMenu}, asked by Vaadin's menu connector), and the request to open it carries the card's
     * key.
     */
    private static final String HOOKS = "this.preventContextMenu = e => !(e.target instanceof Element"
            + " && e.target.closest('." + BUTTON_CLASS + "'));"
            + " this.getContextMenuBeforeOpenDetail = e => {"
            + " const card = e.target instanceof Element ? e.target.closest('.board-card') : null;"
            + " return {key: card ? card.dataset.key : ''}; };";

    private final Function<String, Optional<CardView>> cards;
    private final BiConsumer<ContextMenu, CardView> items;
    private String shownFor;

    /**
     * @param board the element holding the cards
     * @param cards the card shown on the board with a key, if any
     * @param items adds the menu's items for a card
     */
    CardMenu(Component board, Function<String, Optional<CardView>> cards, BiConsumer<ContextMenu, CardView> items) {
        super(board);
        this.cards = cards;
        this.items = items;
        setOpenOnClick(true);
        board.addAttachListener(e -> board.getElement().executeJs(HOOKS));
    }

    @Override
    protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
        JsonNode key = eventDetail.get("key");
        Optional<CardView> card = key == null || !key.isString() ? Optional.empty() : cards.apply(key.asString());
        if (card.isEmpty()) {
            // A card gone from the board meanwhile (a live update): nothing to offer.
            return false;
        }
        fillFor(card.get());
        return super.onBeforeOpenMenu(eventDetail);
    }

    /** Makes the items for {@code card}, in place of those of the card it last opened for. */
    void fillFor(CardView card) {
        removeAll();
        shownFor = card.card().key();
        items.accept(this, card);
    }

    /** The key of the card the items were last made for, or null. */
    String shownFor() {
        return shownFor;
    }
}
