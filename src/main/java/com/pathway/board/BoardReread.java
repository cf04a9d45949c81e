package com.pathway.board;

import java.util.List;
import java.util.Map;

/** A board read again at once: every column's true count (by index) and each asked cell's cards, in order. */
public record BoardReread(Map<Integer, Long> counts, List<CardPage> pages) {

    public BoardReread {
        counts = Map.copyOf(counts);
        pages = List.copyOf(pages);
    }
}
