package com.pathway.board;

import java.util.List;

/** Cards of one column (or one cell of a swimlane), and how many there are in all. */
public record CardPage(List<Card> cards, long total) {

    public CardPage {
        cards = List.copyOf(cards);
    }

    public boolean hasMore(int shown) {
        return total > shown;
    }
}
