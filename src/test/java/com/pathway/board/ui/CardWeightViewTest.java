package com.pathway.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.pathway.clinic.Leads;
import com.pathway.clinic.LeadService;
import com.pathway.support.TestAccounts;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.router.QueryParameters;

/**
 * What a card costs the server: every open board holds its cards' components for as long as it is open (about a
 * hundred cards on a busy board), so a card holds only what it shows. Its menu's items are made when the menu first
 * opens, and its refusal when there is one.
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

        int perCard = cards.stream().mapToInt(card -> nodes(card.getElement().getNode())).max().orElseThrow();
        int wholeUi = nodes(UI.getCurrent().getInternals().getStateTree().getRootNode());
        int menuItems = _find(com.vaadin.flow.component.contextmenu.ContextMenu.class).stream()
                .mapToInt(m -> m.getItems().size()).sum();
        System.out.printf("CARD WEIGHT: %d cards, at most %d state nodes per card, %d in the whole UI, %d menu items%n",
                cards.size(), perCard, wholeUi, menuItems);
        assertThat(perCard).isLessThanOrEqualTo(1000);
    }
}
