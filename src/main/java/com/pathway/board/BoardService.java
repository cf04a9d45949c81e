package com.pathway.board;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.board.internal.BoardStore;
import com.pathway.board.internal.DefaultBoards;
import com.pathway.board.internal.SharedReads;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinitions;
import com.pathway.workflow.WorkflowService;

/**
 * Boards over the engine's workflows: the board of a project (saved by an administrator, or derived
 * from its plugin's grouping property), its columns' cards and true counts under the viewer's read rule
 * (the plugin's {@link CardSource}), and moves, which are the engine's transitions. Intake coordinators,
 * clinicians and managers open boards; what each sees is the plugin's read rule. Administrators edit
 * boards and read no cards.
 */
@Service
@Transactional
public class BoardService {

    /** The most cards one request reads of one column. */
    public static final int MAX_PAGE = 100;

    private final Map<String, CardSource> sources = new LinkedHashMap<>();
    private final BoardStore store;
    private final WorkflowDefinitions definitions;
    private final WorkflowService workflow;
    private final CurrentUser currentUser;
    private final SharedReads sharedReads;

    public BoardService(List<CardSource> sources, BoardStore store, WorkflowDefinitions definitions,
            WorkflowService workflow, CurrentUser currentUser, SharedReads sharedReads) {
        sources.forEach(s -> this.sources.put(s.projectKey(), s));
        this.store = store;
        this.definitions = definitions;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.sharedReads = sharedReads;
    }

    /** The projects that have a board, in the order their plugins were registered. */
    @PreAuthorize("isAuthenticated()")
    public List<String> projects() {
        return List.copyOf(sources.keySet());
    }

    /**
     * The viewer's board of a project: every column that holds a status the viewer reads every item
     * of, or at least one readable card; a saved board that no longer fits the workflow gives way to
     * the default one, with a note.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public BoardLayout layout(String projectKey, BoardFilter filter) {
        CardSource source = source(projectKey);
        WorkflowDefinition published = definitions.published(projectKey);
        BoardConfig board = store.find(projectKey).orElse(null);
        String note = null;
        if (board != null && !BoardCheck.problems(board, published).isEmpty()) {
            note = "The saved board no longer fits the workflow (" + BoardCheck.problems(board, published).getFirst()
                    + ") This is the default board until an administrator updates it.";
            board = null;
        }
        if (board == null) {
            board = defaults(source, published);
        }
        Set<String> inScope = source.statusesInScope();
        Map<Integer, Long> counts = counts(source, board, filter, Lane.ALL);
        List<Integer> visible = new java.util.ArrayList<>();
        for (int i = 0; i < board.columns().size(); i++) {
            boolean scoped = board.columns().get(i).statuses().stream().anyMatch(s -> containsIgnoringCase(inScope, s));
            if (scoped || counts.getOrDefault(i, 0L) > 0) {
                visible.add(i);
            }
        }
        return new BoardLayout(board, visible, counts, note);
    }

    /** The quick filters (with their choices) and swimlane fields of a project's board. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public BoardFilters filters(String projectKey) {
        CardSource source = source(projectKey);
        return new BoardFilters(source.filterFields(), source.laneFields());
    }

    /** True counts per column index under the filter and lane; columns with no readable card count 0. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public Map<Integer, Long> counts(String projectKey, BoardConfig board, BoardFilter filter, Lane lane) {
        return counts(source(projectKey), board, filter, lane);
    }

    private static Map<Integer, Long> counts(CardSource source, BoardConfig board, BoardFilter filter, Lane lane) {
        Set<String> all = new LinkedHashSet<>();
        board.columns().forEach(c -> all.addAll(c.statuses()));
        Map<String, Long> byStatus = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byStatus.putAll(source.countByStatus(all, filter, lane));
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < board.columns().size(); i++) {
            counts.put(i, board.columns().get(i).statuses().stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum());
        }
        return counts;
    }

    /** A page of a column's cards (at most {@value #MAX_PAGE}), with the column's true count. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public CardPage cards(String projectKey, BoardColumn column, BoardFilter filter, Lane lane, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "Ask for 1 to " + MAX_PAGE + " cards from offset 0 or more.");
        }
        return source(projectKey).cards(new CardQuery(column.statuses(), filter, lane, offset, limit));
    }

    /**
     * The first page of every column the layout shows (at most {@value #MAX_PAGE} cards each), by column
     * index, with the counts the layout just made instead of counting again: opening a board costs one
     * grouped count and one page query per column, and the card source decorates all pages at once.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public Map<Integer, CardPage> firstPages(String projectKey, BoardLayout layout, BoardFilter filter, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "Ask for 1 to " + MAX_PAGE + " cards per column.");
        }
        CardSource source = source(projectKey);
        Map<Integer, CardPage> pages = new LinkedHashMap<>();
        List<Integer> asked = new java.util.ArrayList<>();
        List<CardQuery> queries = new java.util.ArrayList<>();
        for (int index : layout.visibleColumns()) {
            long count = layout.counts().getOrDefault(index, 0L);
            pages.put(index, new CardPage(List.of(), 0));
            if (count > 0) {
                asked.add(index);
                queries.add(new CardQuery(layout.column(index).statuses(), filter, Lane.ALL, 0, limit, count));
            }
        }
        List<CardPage> answered = queries.isEmpty() ? List.of() : source.cards(queries);
        for (int i = 0; i < asked.size(); i++) {
            pages.put(asked.get(i), answered.get(i));
        }
        return pages;
    }

    /**
     * Every shown cell of a board read again at once, as a live update does: one grouped count for the
     * columns, one page query per cell (counted only in a swimlane, whose count the grouped one does not
     * give), and the cards of all cells made together (one lookup of names, next tasks and progress, one
     * audit entry), instead of a count, a page and its decoration per cell.
     * <p>
     * The board as it is at {@code since} ({@link System#nanoTime()}) or later. Viewers who see the same board (the
     * card source's {@link CardSource#sharedView}: the same read rule, roles, filters and cells) share one read that
     * started at {@code since} or later, and each is audited for the cards shown; others read for themselves. Runs
     * outside a transaction, so that viewers waiting for a shared read hold no database connection (each read and
     * each audit entry has its own).
     * <p>
     * {@code recorded}: the cards this board view has already recorded as shown to its viewer (its first pages,
     * "Show more", earlier reads). Where the card source records shown cards apart from reading them, only the
     * others are recorded: a card a board keeps showing through live updates is audited once, when it first
     * appears, not on every refresh. Only the board's own view passes it; it is not taken from a client.
     */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BoardReread reread(String projectKey, BoardConfig board, BoardFilter filter, List<CellRead> cells,
            long since, Set<String> recorded) {
        CardSource source = source(projectKey);
        for (CellRead cell : cells) {
            if (cell.column() < 0 || cell.column() >= board.columns().size()) {
                throw InvalidInputException.of("column", "The board has no column " + cell.column() + ".");
            }
            if (cell.limit() < 1 || cell.limit() > MAX_PAGE) {
                throw InvalidInputException.of("limit", "Ask for 1 to " + MAX_PAGE + " cards per column.");
            }
        }
        Optional<Object> view = source.sharedView(filter);
        if (view.isEmpty() && !source.recordsShownApart()) {
            return read(board, filter, cells, source, source::cards);
        }
        BoardReread again = view.isEmpty() ? read(board, filter, cells, source, source::cardsUnrecorded)
                : sharedReads.read(List.of(projectKey, board, filter, cells, view.get()), since,
                        () -> read(board, filter, cells, source, source::cardsUnrecorded));
        source.recordShown(notYetRecorded(again.pages(), recorded), filter);
        return again;
    }

    /** The pages with only the cards not in {@code recorded} (totals kept; they are not recorded). */
    private static List<CardPage> notYetRecorded(List<CardPage> pages, Set<String> recorded) {
        if (recorded.isEmpty()) {
            return pages;
        }
        return pages.stream().map(page -> new CardPage(page.cards().stream()
                .filter(card -> !recorded.contains(card.key())).toList(), page.total())).toList();
    }

    private static BoardReread read(BoardConfig board, BoardFilter filter, List<CellRead> cells, CardSource source,
            java.util.function.Function<List<CardQuery>, List<CardPage>> pages) {
        Map<Integer, Long> counts = counts(source, board, filter, Lane.ALL);
        List<CardQuery> queries = cells.stream().map(cell -> new CardQuery(board.columns().get(cell.column()).statuses(),
                filter, cell.lane(), 0, cell.limit(), cell.lane().isAll() ? counts.getOrDefault(cell.column(), 0L) : null))
                .toList();
        return new BoardReread(counts, queries.isEmpty() ? List.of() : pages.apply(queries));
    }

    /** The swimlanes of a lane field that hold readable cards of the board. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public List<Lane> lanes(String projectKey, BoardConfig board, String laneField, BoardFilter filter) {
        CardSource source = source(projectKey);
        if (laneField == null || laneField.isBlank() || "none".equals(laneField)) {
            return List.of(Lane.ALL);
        }
        if (source.laneFields().stream().noneMatch(c -> c.value().equals(laneField))) {
            throw InvalidInputException.of("lane", "Draw lanes by one of " + String.join(", ",
                    source.laneFields().stream().map(Choice::value).toList()) + ", or none.");
        }
        Set<String> all = new LinkedHashSet<>();
        board.columns().forEach(c -> all.addAll(c.statuses()));
        return source.lanes(laneField, filter, all);
    }

    /** One card, if the viewer may read it. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public Optional<Card> card(String projectKey, String key) {
        return source(projectKey).card(key);
    }

    /** What dropping the card on a column would do for the viewer now. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public MoveOptions moveOptions(String key, BoardColumn column) {
        WorkItemView item = workflow.get(key);
        return MoveOptions.to(column, item.status(), workflow.availableTransitions(key), item.version());
    }

    /** Every transition the viewer may run on the item now (for "Move to…"). */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public MoveOptions moveOptions(String key) {
        WorkItemView item = workflow.get(key);
        return MoveOptions.any(item.status(), workflow.availableTransitions(key), item.version());
    }

    /** Runs a transition through the engine, with its conditions, validators and post-functions. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public WorkItemView move(String key, TransitionRequest request) {
        return workflow.transition(key, request);
    }

    /** The route of an item's own page. */
    @PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
    public String itemRoute(String projectKey, String key) {
        return source(projectKey).itemRoute(key);
    }

    /** The board as saved, or the default one: for the editor. */
    @PreAuthorize(Access.ADMIN)
    public BoardConfig configuration(String projectKey) {
        CardSource source = source(projectKey);
        WorkflowDefinition published = definitions.published(projectKey);
        return store.find(projectKey).orElseGet(() -> defaults(source, published));
    }

    /** The statuses of the project's published workflow, in order, and the card fields a board may show. */
    @PreAuthorize(Access.ADMIN)
    public EditorChoices editorChoices(String projectKey) {
        CardSource source = source(projectKey);
        return new EditorChoices(definitions.published(projectKey).statuses().stream()
                .map(WorkflowDefinition.Status::name).toList(), source.cardFields());
    }

    /**
     * Saves a board after checking it against the published workflow: one that leaves a status
     * unmapped, maps one twice, or has a bad limit is refused with every problem and nothing is saved.
     */
    @PreAuthorize(Access.ADMIN)
    public BoardConfig save(BoardConfig board) {
        CardSource source = source(board.projectKey());
        List<String> problems = BoardCheck.problems(board, definitions.published(board.projectKey()));
        Set<String> fields = new LinkedHashSet<>(source.cardFields().stream().map(CardField::id).toList());
        board.cardFields().stream().filter(f -> !fields.contains(f))
                .forEach(f -> problems.add("Cards have no field \u201C" + f + "\u201D."));
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (int i = 0; i < problems.size(); i++) {
                errors.put("board[" + i + "]", problems.get(i));
            }
            throw new InvalidInputException(errors);
        }
        BoardConfig cleaned = new BoardConfig(board.projectKey(), board.columns().stream()
                .map(c -> new BoardColumn(c.name().strip(), c.statuses(), c.wipMin(), c.wipMax())).toList(),
                board.cardFields());
        store.save(cleaned, currentUser.usernameOrSystem());
        return cleaned;
    }

    /** Forgets the saved board: the project shows its default board again. */
    @PreAuthorize(Access.ADMIN)
    public BoardConfig reset(String projectKey) {
        CardSource source = source(projectKey);
        store.delete(projectKey);
        return defaults(source, definitions.published(projectKey));
    }

    private static BoardConfig defaults(CardSource source, WorkflowDefinition published) {
        return DefaultBoards.derive(source.projectKey(), published, source.groupingProperty(), source.cardFields());
    }

    private CardSource source(String projectKey) {
        CardSource source = projectKey == null ? null : sources.get(projectKey);
        if (source == null) {
            throw new NotFoundException("There is no board " + projectKey + ".");
        }
        return source;
    }

    private static boolean containsIgnoringCase(Set<String> values, String value) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
    }

    /** What the board editor offers. */
    public record EditorChoices(List<String> statuses, List<CardField> cardFields) {
    }
}
