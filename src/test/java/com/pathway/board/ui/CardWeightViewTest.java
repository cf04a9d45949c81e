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
 * hundred cards on a busy board), so a card holds only what it shows. Its menu's items are made when the menu first
 * opens, and its refusal when there is one. A dialog opened from a card closes when the user leaves the board.
 */
class CardWeightViewTest extends ViewTest {

    private static int nodes(StateNode root) {
        AtomicInteger count = new AtomicInteger();
        root.visitNodeTree(node -> count.incrementAndGet());
        return count.get();
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

        // no menu items and no refusal until they are needed; what is left is what the card shows
        assertThat(cards).allSatisfy(c -> assertThat(c.actions().getItems()).isEmpty());
        assertThat(cards).allSatisfy(c -> assertThat(nodes(c.getElement().getNode())).isLessThanOrEqualTo(8));
        assertThat(card.refusalText()).isEmpty();

        card.actions().fill();
        card.actions().fill();
        assertThat(card.actions().getItems()).extracting(MenuItem::getText).startsWith("Open", "Move to\u2026")
                .doesNotHaveDuplicates();
        assertThat(card.actions().getItems().get(1).getId()).contains("move-to-" + card.card().key());

        int before = nodes(card.getElement().getNode());
        card.refuse("Not moved to Treatment.", "Contact first.");
        assertThat(card.refusalText()).isEqualTo("Not moved to Treatment. Contact first.");
        assertThat(nodes(card.getElement().getNode())).isGreaterThan(before);
        card.clearRefusal();
        assertThat(card.refusalText()).isEmpty();

        // "Move to…" opens its dialog, and leaving the board (Back, a link) closes it
        MenuItem moveTo = card.actions().getItems().get(1);
        ComponentUtil.fireEvent(moveTo, new ClickEvent<>(moveTo));
        assertThat(_get(MoveDialog.class).isOpened()).isTrue();
        UI.getCurrent().navigate("leads");
        assertThat(_find(MoveDialog.class)).isEmpty();
    }
}
