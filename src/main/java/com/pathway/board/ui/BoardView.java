package com.pathway.board.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.pathway.board.BoardChange;
import com.pathway.board.BoardLayout;
import com.pathway.board.BoardService;
import com.pathway.board.Card;
import com.pathway.board.Lane;
import com.pathway.board.MoveOptions;
import com.pathway.board.internal.BoardUpdates;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.pathway.shared.ui.SearchInAddress;
import com.pathway.security.UserDirectory;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.ui.TransitionScreenDialog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The board: a column per group of statuses with its true count and WIP mark, cards a page at a time,
 * optional swimlanes, quick filters in the address. Dragging a card (or "Move to…", or M on a focused
 * card) runs a transition through the engine; a refusal is said inside the card. Boards update live
 * (server push) when someone else changes an item, keeping filters, scroll and open dialogs.
 */
@Route("board")
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/board.css")
@PageTitle("Board · Pathway")
@Menu(order = 5, icon = "vaadin:grid-big-o", title = "Board")
@RolesAllowed({Role.Names.INTAKE_COORDINATOR, Role.Names.CLINICIAN, Role.Names.MANAGER})
public class BoardView extends VerticalLayout implements BeforeEnterObserver {

    private final BoardService boards;
    private final BoardUpdates updates;
    private final Clock clock;
    private final UserDirectory users;
    private final List<CardAction> cardActions;
    private final String project;
    private final BoardFilterBar filters;
    private final InlineAlert note = new InlineAlert();
    private final Div area = new Div();
    private final CardMenu cardMenu;
    private final List<ColumnCell> cells = new ArrayList<>();
    /** The cards this view has recorded (audited) as shown to its viewer: a refresh records only the others. */
    private final Set<String> recordedShown = new HashSet<>();
    private final Map<Integer, ColumnHeader> headers = new HashMap<>();
    private final Map<String, String[]> refusals = new HashMap<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    /** Others changed the board while its client was not connected: it reads itself again when the client is back. */
    private final AtomicBoolean awaitingClient = new AtomicBoolean();
    /** The shortest time between two live refreshes of one board (others' changes must show within two seconds). */
    static final java.time.Duration REFRESH_INTERVAL = java.time.Duration.ofSeconds(1);
    private final java.util.concurrent.atomic.AtomicLong lastRefresh = new java.util.concurrent.atomic.AtomicLong(
            System.nanoTime() - REFRESH_INTERVAL.toNanos());
    /** When the latest change of another user reached this board ({@link System#nanoTime()}). */
    private final java.util.concurrent.atomic.AtomicLong latestChange = new java.util.concurrent.atomic.AtomicLong(
            System.nanoTime() - REFRESH_INTERVAL.toNanos());
    private BoardLayout layout;
    private BoardQuery query = new BoardQuery(com.pathway.board.BoardFilter.none(), null);
    private Runnable unsubscribe;

    public BoardView(BoardService boards, BoardUpdates updates, Clock clock, UserDirectory users,
            org.springframework.beans.factory.ObjectProvider<CardAction> cardActions) {
        this.boards = boards;
        this.users = users;
        this.cardActions = cardActions.orderedStream().filter(CardAction::available).toList();
        this.updates = updates;
        this.clock = clock;
        this.project = boards.projects().getFirst();
        addClassNames("pathway-view", "board-view");
        setSizeFull();
        com.pathway.board.BoardFilters offered = boards.filters(project);
        filters = new BoardFilterBar(offered.filterFields(), offered.laneFields(), this::filtersChanged);
        note.setId("board-note");
        area.addClassName("board-area");
        area.setId("board");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout title =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(new H2("Board"), filters.laneSelect());
        title.setWidthFull();
        title.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        title.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
        add(title, filters, note, area);
        setFlexGrow(1, area);
        cardMenu = new CardMenu(area, this::shownCard, this::menuItems);
        listenToCards();
    }

    /** The card's key, read in the browser from the card an event happened in. */
    static final String CARD_KEY = "event.target.closest('.board-card').dataset.key";
    /** A click on a card's title. */
    static final String TITLE_CLICK = "event.target.closest('.board-card-title') !== null";
    /** A double click on a card, but not on its menu button. */
    static final String CARD_DOUBLE_CLICK = "event.target.closest('.board-card') !== null"
            + " && event.target.closest('." + CardMenu.BUTTON_CLASS + "') === null";
    /** A key the cards answer, pressed on a focused card. */
    static final String CARD_KEYS = "event.target.classList.contains('board-card')"
            + " && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight','Enter','m','M'].includes(event.key)";

    /**
     * The cards' clicks and keys, heard once for the whole board: a click on a card's title or a double click on
     * it opens the item; on a focused card Enter opens it, M moves it and the arrow keys go to its neighbours. What
     * the browser sends names a card by its key; a key no card on the board has does nothing.
     */
    private void listenToCards() {
        area.getElement().addEventListener("click", e -> cardOf(e).ifPresent(card -> open(card.card().key())))
                .addEventData(CARD_KEY).setFilter(TITLE_CLICK);
        area.getElement().addEventListener("dblclick", e -> cardOf(e).ifPresent(card -> open(card.card().key())))
                .addEventData(CARD_KEY).setFilter(CARD_DOUBLE_CLICK);
        area.getElement().addEventListener("keydown", e -> cardOf(e)
                .ifPresent(card -> pressed(card, e.getEventData().path("event.key").asString(""))))
                .addEventData(CARD_KEY).addEventData("event.key")
                .setFilter(CARD_KEYS).preventDefault();
    }

    /** The card a browser event came from, as its key ({@link #CARD_KEY}) names it. */
    private java.util.Optional<CardView> cardOf(com.vaadin.flow.dom.DomEvent event) {
        return shownCard(event.getEventData().path(CARD_KEY).asString(""));
    }

    /** The card shown on the board with this key. */
    private java.util.Optional<CardView> shownCard(String key) {
        return cells.stream().flatMap(cell -> cell.cards().stream()).filter(view -> view.card().key().equals(key))
                .findFirst();
    }

    /** The card menu's items for a card: Open, Move to… and the workflow's own actions. */
    private void menuItems(com.vaadin.flow.component.contextmenu.ContextMenu menu, CardView view) {
        String key = view.card().key();
        menu.addItem("Open", e -> open(key));
        menu.addItem("Move to\u2026", e -> moveTo(key)).setId("move-to-" + key);
        for (CardAction action : cardActions) {
            menu.addItem(action.label(), e -> action.run(key, this::refresh)).setId(action.id() + "-" + key);
        }
    }

    /** The board's one card menu. */
    CardMenu cardMenu() {
        return cardMenu;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> shown = event.getLocation().getQueryParameters().getParameters();
        if (SearchInAddress.showsText(shown)) {
            // The search text never stays in the address: the same board, the text replaced by a token.
            event.forwardTo("board", new QueryParameters(SearchInAddress.hide(shown)));
            return;
        }
        List<String> problems = new ArrayList<>();
        query = BoardQuery.from(SearchInAddress.reveal(shown, problems), filters.fieldNames());
        if (!problems.isEmpty()) {
            Notifications.error("Left out " + String.join(", ", problems) + ".");
        }
        filters.show(query);
        render();
    }

    private void filtersChanged(BoardQuery changed) {
        query = changed;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("board",
                new QueryParameters(SearchInAddress.hide(QueryParameters.simple(query.parameters()).getParameters())))));
        render();
    }

    /** Builds the columns and lanes for the current filters, reading each cell's first page. */
    private void render() {
        area.removeAll();
        cells.clear();
        headers.clear();
        try {
            layout = boards.layout(project, query.filter());
            List<Lane> lanes = boards.lanes(project, layout.board(), query.lane(), query.filter());
            if (layout.note() == null) {
                note.clear();
            } else {
                note.show(layout.note());
            }
            area.getStyle().set("--board-columns", String.valueOf(layout.visibleColumns().size()));
            Div headerRow = new Div();
            headerRow.addClassNames("board-row", "board-headers");
            for (int column : layout.visibleColumns()) {
                ColumnHeader header = new ColumnHeader(layout.column(column), column);
                headers.put(column, header);
                headerRow.add(header);
            }
            area.add(headerRow);
            Map<Integer, com.pathway.board.CardPage> firstPages = query.lane() == null
                    ? boards.firstPages(project, layout, query.filter(), ColumnCell.PAGE) : Map.of();
            firstPages.values().forEach(this::recorded);
            for (Lane lane : lanes) {
                if (!lane.isAll()) {
                    H3 title = new H3(lane.label());
                    title.addClassName("board-lane-title");
                    area.add(title);
                }
                Div row = new Div();
                row.addClassName("board-row");
                for (int column : layout.visibleColumns()) {
                    ColumnCell cell = new ColumnCell(column, lane, this::load, this::card, this::dropped);
                    cell.setId("cell-" + column + (lane.isAll() ? "" : "-" + lane.value()));
                    cells.add(cell);
                    row.add(cell);
                    if (firstPages.containsKey(column)) {
                        cell.show(firstPages.get(column));
                    } else {
                        cell.reload();
                    }
                }
                area.add(row);
            }
            headers.forEach((column, header) -> header.count(layout.counts().getOrDefault(column, 0L)));
            if (layout.visibleColumns().isEmpty()) {
                area.add(new Span("There are no cards for you on this board."));
            }
        } catch (InvalidInputException e) {
            note.show("The board could not be shown.", List.copyOf(e.fieldErrors().values()));
        }
    }

    private com.pathway.board.CardPage load(int column, Lane lane, int offset, int limit) {
        return recorded(boards.cards(project, layout.column(column), query.filter(), lane, offset, limit));
    }

    /** Notes the page's cards as recorded: the read that returned it recorded them as shown. */
    private com.pathway.board.CardPage recorded(com.pathway.board.CardPage page) {
        page.cards().forEach(card -> recordedShown.add(card.key()));
        return page;
    }

    /** Reads every shown cell again (as many cards as each showed) and the counts, all in one read of the board. */
    private void refresh() {
        refresh(System.nanoTime());
    }

    /** {@link #refresh()} as the board is at {@code since} ({@link System#nanoTime()}) or later. */
    private void refresh(long since) {
        if (layout == null) {
            return;
        }
        // Read now, so a refresh waiting for the client's next request has nothing left to show.
        awaitingClient.set(false);
        List<ColumnCell> shownCells = List.copyOf(cells);
        com.pathway.board.BoardReread again = boards.reread(project, layout.board(), query.filter(), shownCells.stream()
                .map(cell -> new com.pathway.board.CellRead(cell.column(), cell.lane(), cell.shownToKeep())).toList(),
                since, Set.copyOf(recordedShown));
        again.pages().forEach(this::recorded);
        for (int i = 0; i < shownCells.size(); i++) {
            shownCells.get(i).show(again.pages().get(i));
        }
        headers.forEach((column, header) -> header.count(again.counts().getOrDefault(column, 0L)));
    }

    /**
     * The view of {@code card}: {@code shown} (the view the cell showed for the same item, or null) when it shows
     * exactly this card, with its age as it reads now, and the refusal beside it brought up to date; else a new one.
     */
    private CardView card(Card card, CardView shown) {
        Instant now = clock.instant();
        String[] refused = refusals.get(card.key());
        if (shown != null && shown.shows(card, now)) {
            if (refused == null) {
                shown.clearRefusal();
            } else {
                shown.refuse(refused[0], refused[1]);
            }
            return shown;
        }
        CardView view = new CardView(card, layout.board(), now);
        DragSource<CardView> drag = DragSource.create(view);
        drag.setDragData(card.key());
        if (refused != null) {
            view.refuse(refused[0], refused[1]);
        }
        return view;
    }

    private void open(String key) {
        UI.getCurrent().navigate(boards.itemRoute(project, key));
    }

    private void dropped(ColumnCell cell, String key) {
        refusals.remove(key);
        var column = layout.column(cell.column());
        try {
            MoveOptions options = boards.moveOptions(key, column);
            if (options.refused()) {
                refuse(key, "Not moved to " + column.name() + ".", options.refusal());
            } else if (options.single()) {
                run(key, options.transitions().getFirst(), options.version());
            } else {
                new MoveDialog(key, "Move " + key + " to " + column.name() + " by\u2026", options.transitions(),
                        layout.board(), t -> run(key, t, options.version())).open();
            }
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
            refresh();
        }
    }

    private void moveTo(String key) {
        refusals.remove(key);
        try {
            MoveOptions options = boards.moveOptions(key);
            new MoveDialog(key, "Move " + key + " to\u2026", options.transitions(), layout.board(),
                    t -> run(key, t, options.version())).open();
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
            refresh();
        }
    }

    private void run(String key, AvailableTransition t, long version) {
        if (!t.screen().isEmpty()) {
            new TransitionScreenDialog(t, request -> attempt(key, t, request), version, users).open();
            return;
        }
        InvalidInputException refused = attempt(key, t, new TransitionRequest(t.id(), null, null, version));
        if (refused != null) {
            refuse(key, notDone(t), String.join(" ", refused.fieldErrors().values()));
        }
    }

    /** Runs the transition; answers validator errors for a screen to show, or null when the attempt is over. */
    private InvalidInputException attempt(String key, AvailableTransition t, TransitionRequest request) {
        try {
            WorkItemView after = boards.move(key, request);
            Notifications.success(key + " is now in " + after.status() + ".");
            refresh();
            return null;
        } catch (InvalidInputException e) {
            return e;
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            refresh();
            refuse(key, notDone(t), e.getMessage());
            return null;
        }
    }

    private static String notDone(AvailableTransition t) {
        return "\u201C" + t.name() + "\u201D was not done.";
    }

    /** Says beside the card (which stays where it was) why it did not move. */
    private void refuse(String key, String heading, String reason) {
        refusals.put(key, new String[] {heading, reason});
        // Said again even when the card already shows the same words, so that a screen reader announces the refusal
        // of this move too (a live update that keeps the card leaves its words as they are).
        cells.stream().flatMap(c -> c.cards().stream()).filter(v -> v.card().key().equals(key)).forEach(v -> {
            v.clearRefusal();
            v.refuse(heading, reason);
        });
    }

    /** Keyboard: arrows move between cards, Enter opens, M moves. */
    private void pressed(CardView from, String key) {
        switch (key) {
            case "Enter" -> open(from.card().key());
            case "m", "M" -> moveTo(from.card().key());
            default -> neighbour(from, key);
        }
    }

    private void neighbour(CardView from, String key) {
        for (int i = 0; i < cells.size(); i++) {
            List<CardView> cards = cells.get(i).cards();
            int at = cards.indexOf(from);
            if (at < 0) {
                continue;
            }
            CardView target = switch (key) {
                case "ArrowUp" -> at > 0 ? cards.get(at - 1) : null;
                case "ArrowDown" -> at + 1 < cards.size() ? cards.get(at + 1) : null;
                case "ArrowLeft" -> nearest(i, -1, at);
                case "ArrowRight" -> nearest(i, 1, at);
                default -> null;
            };
            if (target != null) {
                target.getElement().callJsFunction("focus");
            }
            return;
        }
    }

    /** The card at the same height in the nearest cell of the same lane that has cards, left or right. */
    private CardView nearest(int cellIndex, int step, int at) {
        Lane lane = cells.get(cellIndex).lane();
        for (int j = cellIndex + step; j >= 0 && j < cells.size() && cells.get(j).lane().equals(lane); j += step) {
            List<CardView> cards = cells.get(j).cards();
            if (!cards.isEmpty()) {
                return cards.get(Math.min(at, cards.size() - 1));
            }
        }
        return null;
    }

    /**
     * Push only while a board is open: the server sends over a WebSocket, and everything the browser sends
     * goes as ordinary requests through the security filters (sign-in, CSRF, the session's idle and
     * lifetime rules); the push connection itself never counts as activity.
     */
    static final Transport PUSH_TRANSPORT = Transport.WEBSOCKET_XHR;

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.getPushConfiguration().setTransport(PUSH_TRANSPORT);
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext viewer = strategy.getContext();
        unsubscribe = updates.subscribe(change -> changed(ui, strategy, viewer, change));
    }

    /**
     * Another user's change: read the board again as this viewer, at most one refresh queued at a time and at
     * most one a second, so that a busy clinic's moves do not make every open board read itself for each of
     * them; changes that arrive meanwhile are in the refresh that follows. Refreshes fall on a tick common to
     * all boards (whole multiples of {@link #REFRESH_INTERVAL}), so that boards that show the same thing share
     * one read of it ({@code BoardService.reread}). Runs on its own virtual thread.
     */
    private void changed(UI ui, SecurityContextHolderStrategy strategy, SecurityContext viewer, BoardChange change) {
        if (!project.equals(change.projectKey())) {
            return;
        }
        latestChange.accumulateAndGet(System.nanoTime(), (a, b) -> b - a > 0 ? b : a);
        if (awaitingClient.get() || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        long tick = nextTick(Math.max(System.nanoTime(), lastRefresh.get() + REFRESH_INTERVAL.toNanos()));
        long wait = tick - System.nanoTime();
        if (wait > 0) {
            try {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                refreshPending.set(false);
                return;
            }
        }
        try {
            ui.access(() -> {
                refreshPending.set(false);
                lastRefresh.set(tick);
                if (!clientConnected(ui)) {
                    awaitClient(ui, strategy, viewer);
                    return;
                }
                asViewer(strategy, viewer, () -> refresh(tick));
                if (latestChange.get() - tick > 0) {
                    // A change came after the tick while this refresh was queued: it gets a refresh of its own.
                    Thread.startVirtualThread(() -> changed(ui, strategy, viewer, change));
                }
            });
        } catch (com.vaadin.flow.component.UIDetachedException closed) {
            // The tab closed meanwhile; its board unsubscribes as it detaches.
            refreshPending.set(false);
        }
    }

    /**
     * The client's push connection is not open (a tab asleep, a network gap, or a client that stopped): cards built
     * now would wait in the session, each refresh's on top of the last, for a client that may never take them. The
     * board reads itself again once, just before its next answer to that client: the client's next request, or the
     * push that goes out when its connection opens again (this access leaves a push pending).
     */
    private void awaitClient(UI ui, SecurityContextHolderStrategy strategy, SecurityContext viewer) {
        if (awaitingClient.compareAndSet(false, true)) {
            ui.beforeClientResponse(this, context -> {
                if (awaitingClient.getAndSet(false)) {
                    // As of the latest change this board heard of: a read of the same board that started after
                    // it (another viewer's, at this moment) shows it as well, and is shared.
                    long since = latestChange.get();
                    asViewer(strategy, viewer, () -> refresh(since));
                }
            });
        }
    }

    /** Whether a change waits for the client's next request or its push connection. */
    boolean awaitingClient() {
        return awaitingClient.get();
    }

    /** Whether the UI's push connection is open; call with the session locked. */
    static boolean clientConnected(UI ui) {
        com.vaadin.flow.server.communication.PushConnection push = ui.getInternals().getPushConnection();
        return push != null && push.isConnected();
    }

    private static void asViewer(SecurityContextHolderStrategy strategy, SecurityContext viewer, Runnable action) {
        SecurityContext before = strategy.getContext();
        strategy.setContext(viewer);
        try {
            action.run();
        } finally {
            strategy.setContext(before);
        }
    }

    /** The first tick common to all boards (a whole multiple of the interval on the nano clock) at or after this. */
    static long nextTick(long nanos) {
        long interval = REFRESH_INTERVAL.toNanos();
        return Math.ceilDiv(nanos, interval) * interval;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
        super.onDetach(event);
    }
}
