package com.pathway.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a workflow's plugin contributes to its board (a Spring bean, one per project): its cards, read
 * under the plugin's own read rule, so that a board, its counts and its lanes never show an item the
 * viewer may not read. Every method runs as the viewer and is called from {@link BoardService}, which
 * guards who may open a board at all.
 */
public interface CardSource {

    /** The project whose items this source shows, e.g. {@code PW}. */
    String projectKey();

    /**
     * The boolean-or-text status property whose values group statuses into the default board's
     * columns, in the order of their first status (the clinic's {@code stage}).
     */
    String groupingProperty();

    /** The card fields administrators may show or hide, in the order cards show them. */
    List<CardField> cardFields();

    /** The quick filters the plugin offers besides mine, unassigned, overdue and text. */
    List<FilterField> filterFields();

    /** The fields the board may draw swimlanes by, e.g. {@code assignee}, {@code source}, {@code priority}. */
    List<Choice> laneFields();

    /** The lanes of a lane field that hold at least one readable card under the filter, in display order. */
    List<Lane> lanes(String laneField, BoardFilter filter, Set<String> statuses);

    /** A page of the query's cards, with the true number of readable cards in all. */
    CardPage cards(CardQuery query);

    /**
     * Pages of several queries at once (opening a board: the first page of every column), in the order
     * asked. A source may answer them together, e.g. with one lookup of names and one audit entry for
     * all the cards shown, instead of one each.
     */
    default List<CardPage> cards(List<CardQuery> queries) {
        return queries.stream().map(this::cards).toList();
    }

    /**
     * The key under which viewers see exactly the same cards and counts under this filter (the same read rule and
     * roles, nothing personal such as "mine"), so that one read of a board may serve them all; empty when this
     * viewer's board is their own. The default shares nothing.
     */
    default Optional<Object> sharedView(BoardFilter filter) {
        return Optional.empty();
    }

    /**
     * The pages of {@link #cards(List)} without recording that anyone saw them: a read made once for every viewer
     * of a {@link #sharedView}, each of whom is then recorded by {@link #recordShown}. Only called for a filter
     * whose shared view is present.
     */
    default List<CardPage> cardsUnrecorded(List<CardQuery> queries) {
        throw new UnsupportedOperationException("This card source shares no reads");
    }

    /** Records (audits) that the current viewer was shown these cards of a shared read. */
    default void recordShown(List<CardPage> pages, BoardFilter filter) {
    }

    /**
     * Whether {@link #cardsUnrecorded} and {@link #recordShown} work for every filter, shared or not, so that a board
     * read again records only the cards its viewer had not been shown yet. The default: no, every read records all.
     */
    default boolean recordsShownApart() {
        return false;
    }

    /** How many readable cards each of these statuses holds under the filter and lane (absent: none). */
    Map<String, Long> countByStatus(Set<String> statuses, BoardFilter filter, Lane lane);

    /** The statuses in which the viewer may read every item (all, for a role that reads everything). */
    Set<String> statusesInScope();

    /** One card, if the viewer may read it. */
    Optional<Card> card(String key);

    /** The route of an item's own page, e.g. {@code leads/PW-1}. */
    String itemRoute(String key);
}
