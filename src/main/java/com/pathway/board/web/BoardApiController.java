package com.pathway.board.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.board.BoardColumn;
import com.pathway.board.BoardFilter;
import com.pathway.board.BoardLayout;
import com.pathway.board.BoardService;
import com.pathway.board.Card;
import com.pathway.board.CardPage;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.web.SearchTextInAddress;

/**
 * A project's board over REST, as the board page opens it: the columns the caller has cause to see,
 * each with its true count under the quick filters and the first cards. Moves are the engine's
 * transitions ({@code POST /api/v1/items/{key}/transitions}).
 */
@RestController
@RequestMapping("/api/v1/boards")
public class BoardApiController {

    private final BoardService boards;

    public BoardApiController(BoardService boards) {
        this.boards = boards;
    }

    public record ColumnBody(String name, List<String> statuses, long count, Integer wipMin, Integer wipMax,
            String wipBreach, List<Card> cards) {
    }

    public record BoardBody(String project, List<ColumnBody> columns, String note) {
    }

    /**
     * The board with the first {@code limit} cards of every column (1 to 100, default 20). Quick filters:
     * {@code mine}, {@code unassigned}, {@code overdue} ({@code true}) and the plugin's own ({@code condition},
     * {@code source}, {@code referrer} for leads). A search text ({@code q}) is refused here by name: it goes in
     * the body of {@code POST /api/v1/boards/{project}/search} ({@link SearchTextInAddress}).
     */
    @GetMapping("/{project}")
    public BoardBody board(@PathVariable String project, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            @RequestParam Map<String, String> all) {
        SearchTextInAddress.refuse(q, "POST /api/v1/boards/" + project + "/search");
        Map<String, String> fields = new LinkedHashMap<>(all);
        List.of("limit", "mine", "unassigned", "overdue", "q").forEach(fields::remove);
        return board(project, limit, new BoardFilter(mine, unassigned, overdue, null, fields));
    }

    /**
     * The quick filters of {@code GET /api/v1/boards/{project}} in a JSON body, the search text {@code q} among them;
     * {@code fields} holds the plugin's own ({@code {"condition": "PTSD"}}). Every field may be left out.
     */
    public record SearchBody(Integer limit, Boolean mine, Boolean unassigned, Boolean overdue, String q,
            Map<String, String> fields) {
    }

    /** The board under the filters of a body: a read, so a read-only token may use it. */
    @PostMapping("/{project}/search")
    public BoardBody search(@PathVariable String project, @RequestBody(required = false) SearchBody body) {
        SearchBody b = body == null ? new SearchBody(null, null, null, null, null, null) : body;
        BoardFilter filter = new BoardFilter(Boolean.TRUE.equals(b.mine()), Boolean.TRUE.equals(b.unassigned()),
                Boolean.TRUE.equals(b.overdue()), b.q(), b.fields());
        return board(project, b.limit() == null ? 20 : b.limit(), filter);
    }

    private BoardBody board(String project, int limit, BoardFilter filter) {
        if (limit < 1 || limit > BoardService.MAX_PAGE) {
            throw InvalidInputException.of("limit", "Ask for 1 to " + BoardService.MAX_PAGE + " cards per column.");
        }
        BoardLayout layout = boards.layout(project, filter);
        Map<Integer, CardPage> pages = boards.firstPages(project, layout, filter, limit);
        List<ColumnBody> columns = new ArrayList<>();
        for (int index : layout.visibleColumns()) {
            BoardColumn column = layout.column(index);
            long count = layout.counts().getOrDefault(index, 0L);
            CardPage page = pages.get(index);
            columns.add(new ColumnBody(column.name(), column.statuses(), count, column.wipMin(), column.wipMax(),
                    column.wipBreach(count).orElse(null), page.cards()));
        }
        return new BoardBody(project, columns, layout.note());
    }
}
