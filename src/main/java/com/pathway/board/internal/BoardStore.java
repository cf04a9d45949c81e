package com.pathway.board.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.board.BoardColumn;
import com.pathway.board.BoardConfig;

import tools.jackson.databind.json.JsonMapper;

/** The boards administrators saved (table {@code board}, V25), one per project, as JSON. */
@Component
public class BoardStore {

    /** What is stored of a board. */
    record Stored(List<BoardColumn> columns, List<String> cardFields) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public BoardStore(DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.json = json;
        this.clock = clock;
    }

    public Optional<BoardConfig> find(String projectKey) {
        return jdbc.query("select definition from board where project_key = ?",
                (rs, n) -> rs.getString(1), projectKey).stream().findFirst().map(text -> {
                    Stored stored = json.readValue(text, Stored.class);
                    return new BoardConfig(projectKey, stored.columns(), stored.cardFields());
                });
    }

    public void save(BoardConfig board, String username) {
        String text = json.writeValueAsString(new Stored(board.columns(), board.cardFields()));
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.update("update board set definition = ?, version = version + 1, updated_at = ?,"
                + " updated_by = ? where project_key = ?", text, now, username, board.projectKey());
        if (updated == 0) {
            jdbc.update("insert into board (project_key, definition, version, updated_at, updated_by)"
                    + " values (?, ?, 0, ?, ?)", board.projectKey(), text, now, username);
        }
    }

    public void delete(String projectKey) {
        jdbc.update("delete from board where project_key = ?", projectKey);
    }
}
