package com.pathway.board.ui;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.pathway.board.BoardConfig;
import com.pathway.board.Card;
import com.pathway.board.CardField;
import com.pathway.shared.ui.InlineAlert;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import tools.jackson.databind.node.ObjectNode;

/**
 * One card: key, title, assignee's initials (full name on hover), the chosen facts, tags and time in
 * status, marked once past the status's overdue limit. A focusable element: Enter opens the item,
 * M opens "Move to…", arrow keys go to the neighbouring cards (handled by the board). A refused move is
 * said inside the card.
 */
class CardView extends Div {

    private final Card card;
    /**
     * The time in status as the card says it ("3 d"), so that a card read again reuses this view only while it
     * reads the same.
     */
    private final String age;
    private final LazyMenu actions;
    /** Made at the first refusal: an open board holds a hundred cards or so, most never refused. */
    private InlineAlert refusal;
    /** The refusal shown ({heading, reason}), or null. */
    private java.util.List<String> refused;

    CardView(Card card, BoardConfig board, Instant now, BiConsumer<CardView, String> keys, Runnable open,
            Runnable moveTo, java.util.List<CardAction> more, Runnable changed) {
        this.card = card;
        this.age = CardAge.shortly(card.statusSince(), now);
        addClassName("board-card");
        setId("card-" + card.key());
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("data-key", card.key());
        getElement().setAttribute("aria-label", card.key() + " " + card.title() + ", " + card.status()
                + (card.overdue() ? ", overdue" : "") + ". Enter opens it, M moves it.");

        Span key = new Span(card.key());
        key.addClassName("board-card-key");
        Div top = new Div(key);
        top.addClassName("board-card-top");
        if (board.shows(CardField.ASSIGNEE)) {
            Span initials = new Span(card.assignee() == null ? "" : card.assignee().initials());
            initials.addClassName("board-card-assignee");
            if (card.assignee() == null) {
                initials.addClassName("unassigned");
                initials.getElement().setAttribute("title", "Unassigned");
            } else {
                initials.getElement().setAttribute("title", card.assignee().shownName());
            }
            top.add(initials);
        }
        Button menu = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
        menu.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        menu.addClassName("board-card-menu");
        menu.setAriaLabel("Actions for " + card.key());
        menu.getElement().setAttribute("tabindex", "-1");
        actions = new LazyMenu(menu, items -> {
            items.addItem("Open", e -> open.run());
            items.addItem("Move to\u2026", e -> moveTo.run()).setId("move-to-" + card.key());
            for (CardAction action : more) {
                items.addItem(action.label(), e -> action.run(card.key(), changed))
                        .setId(action.id() + "-" + card.key());
            }
        });
        actions.setOpenOnClick(true);
        top.add(menu);

        Div title = new Div(card.title());
        title.addClassName("board-card-title");
        title.addClickListener(e -> open.run());
        add(top, title);

        Div facts = new Div();
        facts.addClassName("board-card-facts");
        card.facts().forEach((id, value) -> {
            if (board.shows(id)) {
                Span fact = new Span(value);
                fact.addClassNames("board-card-fact", "fact-" + id,
                        "value-" + value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                facts.add(fact);
            }
        });
        if (board.shows(CardField.TAGS)) {
            card.tags().forEach(t -> {
                Span tag = new Span(t);
                tag.addClassName("board-card-tag");
                facts.add(tag);
            });
        }
        if (board.shows(CardField.AGE)) {
            Span age = new Span(this.age);
            age.addClassName("board-card-age");
            String limit = card.overdueLimit() == null ? "" : " (limit " + CardAge.limit(card.overdueLimit()) + ")";
            age.getElement().setAttribute("title", "In " + card.status() + " for " + age.getText() + limit);
            if (card.overdue()) {
                age.addClassName("overdue");
                age.setText("Overdue · " + age.getText());
                addClassName("board-card-overdue");
            }
            facts.add(age);
        }
        if (facts.getComponentCount() > 0) {
            add(facts);
        }

        getElement().addEventListener("keydown", e -> keys.accept(this, e.getEventData().get("event.key").asString()))
                .addEventData("event.key")
                .setFilter("event.target === element && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight','Enter','m','M']"
                        + ".includes(event.key)")
                .preventDefault();
        getElement().addEventListener("dblclick", e -> open.run());
    }

    Card card() {
        return card;
    }

    /** Whether this view shows {@code card} as it would be drawn at {@code now} (its age reading the same). */
    boolean shows(Card card, Instant now) {
        return this.card.equals(card) && age.equals(CardAge.shortly(card.statusSince(), now));
    }

    void refuse(String heading, String reason) {
        java.util.List<String> said = java.util.List.of(heading, reason);
        if (!said.equals(refused)) {
            refused = said;
            if (refusal == null) {
                refusal = new InlineAlert();
                refusal.addClassName("board-card-refusal");
                add(refusal);
            }
            refusal.show(heading, java.util.List.of(reason));
        }
    }

    void clearRefusal() {
        if (refused != null) {
            refused = null;
            refusal.clear();
        }
    }

    String refusalText() {
        return refusal == null ? "" : refusal.text();
    }

    /**
     * A menu whose items are made when it first opens. Vaadin's client asks the server before it opens a menu
     * ({@link #onBeforeOpenMenu}), so the first opening already shows them; until then a card holds no items.
     */
    static final class LazyMenu extends ContextMenu {

        private Consumer<ContextMenu> items;

        LazyMenu(Component target, Consumer<ContextMenu> items) {
            super(target);
            this.items = items;
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            fill();
            return super.onBeforeOpenMenu(eventDetail);
        }

        /** Makes the items, once. */
        void fill() {
            if (items != null) {
                Consumer<ContextMenu> fill = items;
                items = null;
                fill.accept(this);
            }
        }
    }

    /** The card's menu (its items are made when it first opens). */
    LazyMenu actions() {
        return actions;
    }
}
