package com.pathway.board.ui;

import java.time.Instant;

import org.jsoup.nodes.Element;

import com.pathway.board.BoardConfig;
import com.pathway.board.Card;
import com.pathway.board.CardField;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Markup;
import com.vaadin.flow.component.html.Div;

/**
 * One card: key, title, assignee's initials (full name on hover), the chosen facts, tags and time in
 * status, marked once past the status's overdue limit. A focusable element: Enter opens the item,
 * M opens "Move to…", arrow keys go to the neighbouring cards. A refused move is said inside the card.
 * <p>
 * An open board holds a hundred cards or so for as long as it is open, so a card is two elements of the server's:
 * itself (focusable, dragged) and its text, sent as markup, menu button included. The board listens for the cards'
 * clicks and keys once for all of them, and one menu serves every card ({@link CardMenu}).
 */
class CardView extends Div {

    private final Card card;
    /**
     * The time in status as the card says it ("3 d"), so that a card read again reuses this view only while it
     * reads the same.
     */
    private final String age;
    /** Made at the first refusal: an open board holds a hundred cards or so, most never refused. */
    private InlineAlert refusal;
    /** The refusal shown ({heading, reason}), or null. */
    private java.util.List<String> refused;

    CardView(Card card, BoardConfig board, Instant now) {
        this.card = card;
        this.age = CardAge.shortly(card.statusSince(), now);
        addClassName("board-card");
        setId("card-" + card.key());
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("data-key", card.key());
        getElement().setAttribute("aria-label", card.key() + " " + card.title() + ", " + card.status()
                + (card.overdue() ? ", overdue" : "") + ". Enter opens it, M moves it.");
        Div body = new Div();
        body.addClassName("board-card-body");
        body.getElement().setProperty("innerHTML", markup(card, board, age));
        add(body);
        if (card.overdue() && board.shows(CardField.AGE)) {
            addClassName("board-card-overdue");
        }
    }

    /**
     * The card's text as markup: its key and the assignee's initials (full name on hover), the title, the chosen
     * facts, tags and time in status, with the classes the board's styles know.
     */
    static String markup(Card card, BoardConfig board, String age) {
        Element body = Markup.block();
        Element top = body.appendElement("div").addClass("board-card-top");
        top.appendElement("span").addClass("board-card-key").text(card.key());
        if (board.shows(CardField.ASSIGNEE)) {
            Element initials = top.appendElement("span").addClass("board-card-assignee");
            if (card.assignee() == null) {
                initials.addClass("unassigned").attr("title", "Unassigned");
            } else {
                initials.text(card.assignee().initials()).attr("title", card.assignee().shownName());
            }
        }
        body.appendElement("div").addClass("board-card-title").text(card.title());
        Element facts = new Element("div").addClass("board-card-facts");
        card.facts().forEach((id, value) -> {
            if (board.shows(id)) {
                facts.appendElement("span").addClass("board-card-fact").addClass("fact-" + id)
                        .addClass("value-" + value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                        .text(value);
            }
        });
        if (board.shows(CardField.TAGS)) {
            card.tags().forEach(t -> facts.appendElement("span").addClass("board-card-tag").text(t));
        }
        if (board.shows(CardField.AGE)) {
            String limit = card.overdueLimit() == null ? "" : " (limit " + CardAge.limit(card.overdueLimit()) + ")";
            Element shown = facts.appendElement("span").addClass("board-card-age")
                    .attr("title", "In " + card.status() + " for " + age + limit)
                    .text(card.overdue() ? "Overdue \u00b7 " + age : age);
            if (card.overdue()) {
                shown.addClass("overdue");
            }
        }
        if (facts.childrenSize() > 0) {
            body.appendChild(facts);
        }
        // Out of the tab order: on a focused card, M moves it and Enter opens it.
        body.appendElement("vaadin-button").addClass(CardMenu.BUTTON_CLASS).attr("theme", "tertiary-inline small")
                .attr("tabindex", "-1").attr("aria-label", "Actions for " + card.key()).attr("aria-haspopup", "menu")
                .appendElement("vaadin-icon").attr("icon", "vaadin:ellipsis-dots-h");
        return body.html();
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
}
