package com.pathway.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.pathway.clinic.Leads;
import com.pathway.clinic.LeadService;
import com.pathway.support.DomEvents;
import com.pathway.support.TestAccounts;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.router.QueryParameters;

/**
 * What a card costs the server: every open board holds its cards' components for as long as it is open (about a
 * hundred cards on a busy board), so a card holds only what it shows: itself and its text as markup. One menu serves
 * every card, its items made for the card whose button was clicked; a refusal is made when there is one. A dialog
 * opened from a card closes when the user leaves the board.
 */
class CardWeightViewTest extends ViewTest {

    private static int nodes(StateNode root) {
        AtomicInteger count = new AtomicInteger();
        root.visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }

    private static tools.jackson.databind.node.ObjectNode detail(String key) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("key", key);
    }

    @Test
    void aCardHoldsOnlyWhatItShows() {
        String family = TestAccounts.uniqueName("Weight");
        LeadService leads = context.getBean(LeadService.class);
        signInAs("intake");
        for (String given : List.of("Ada", "Bea", "Cy")) {
            leads.create(Leads.form(given, family, Leads.phoneOfItsOwn().international(), null));
        }
        UI.getCurrent().navigate("board", QueryParameters.of("q", family));
        MockVaadin.clientRoundtrip(false);
        List<CardView> cards = _find(CardView.class);
        assertThat(cards).hasSize(3);
        CardView card = cards.getFirst();

        // no menu items and no refusal until they are needed; what is left is the card and its text
        CardMenu menu = _get(BoardView.class).cardMenu();
        assertThat(menu.getItems()).isEmpty();
        assertThat(cards).allSatisfy(c -> assertThat(nodes(c.getElement().getNode())).isEqualTo(2));
        assertThat(card.refusalText()).isEmpty();
        String html = card.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML", "");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("vaadin-button.board-card-menu").attr("aria-label"))
                .isEqualTo("Actions for " + card.card().key());

        // the browser asks to open the menu with the key of the card whose button was clicked
        assertThat(menu.onBeforeOpenMenu(detail(card.card().key()))).isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText).startsWith("Open", "Move to\u2026")
                .doesNotHaveDuplicates();
        assertThat(menu.getItems().get(1).getId()).contains("move-to-" + card.card().key());
        CardView other = cards.get(1);
        assertThat(menu.onBeforeOpenMenu(detail(other.card().key()))).isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText).startsWith("Open", "Move to\u2026")
                .doesNotHaveDuplicates();
        assertThat(menu.getItems().get(1).getId()).contains("move-to-" + other.card().key());
        assertThat(menu.shownFor()).isEqualTo(other.card().key());
        // a key no card on the board has (the card moved away meanwhile), or none: the menu stays shut
        assertThat(menu.onBeforeOpenMenu(detail("PW-999999"))).isFalse();
        assertThat(menu.onBeforeOpenMenu(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode())).isFalse();
        menu.fillFor(card);

        int before = nodes(card.getElement().getNode());
        card.refuse("Not moved to Treatment.", "Contact first.");
        assertThat(card.refusalText()).isEqualTo("Not moved to Treatment. Contact first.");
        assertThat(nodes(card.getElement().getNode())).isGreaterThan(before);
        card.clearRefusal();
        assertThat(card.refusalText()).isEmpty();

        // "Move to…" opens its dialog, and leaving the board (Back, a link) closes it
        MenuItem moveTo = menu.getItems().get(1);
        ComponentUtil.fireEvent(moveTo, new ClickEvent<>(moveTo));
        assertThat(_get(MoveDialog.class).isOpened()).isTrue();
        UI.getCurrent().navigate("leads");
        assertThat(_find(MoveDialog.class)).isEmpty();
    }

    /** The cards' keys and clicks reach the board through one listener each, with the key of their card. */
    @Test
    void theBoardHearsItsCardsKeysAndClicksOnceForAllOfThem() {
        String family = TestAccounts.uniqueName("Listen");
        LeadService leads = context.getBean(LeadService.class);
        signInAs("intake");
        for (String given : List.of("Dee", "Eli")) {
            leads.create(Leads.form(given, family, Leads.phoneOfItsOwn().international(), null));
        }
        UI.getCurrent().navigate("board", QueryParameters.of("q", family));
        MockVaadin.clientRoundtrip(false);
        List<CardView> cards = _find(CardView.class);
        assertThat(cards).hasSize(2);
        String key = cards.get(1).card().key();
        com.vaadin.flow.component.html.Div board = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("board"));

        DomEvents.fire(board, "keydown", java.util.Map.of(BoardView.CARD_KEY, key, "event.key", "m",
                BoardView.CARD_KEYS, true));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(MoveDialog.class).isOpened()).isTrue();
        assertThat(_get(MoveDialog.class).getHeaderTitle()).contains(key);
        _get(MoveDialog.class).close();

        // a key pressed with no card named, or a card's key not on this board: nothing happens
        DomEvents.fire(board, "keydown", java.util.Map.of("event.key", "m", BoardView.CARD_KEYS, true));
        DomEvents.fire(board, "keydown", java.util.Map.of(BoardView.CARD_KEY, "PW-999999", "event.key", "m",
                BoardView.CARD_KEYS, true));
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(MoveDialog.class)).noneMatch(MoveDialog::isOpened);

        DomEvents.fire(board, "click", java.util.Map.of(BoardView.CARD_KEY, key, BoardView.TITLE_CLICK, true));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).endsWith(key);
    }
}
