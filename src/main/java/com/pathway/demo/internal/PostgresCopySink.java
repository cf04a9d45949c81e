package com.pathway.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL: {@code COPY ... FROM STDIN} in text format through the driver's {@link CopyManager}.
 * Item ids are taken from the table's own identity sequence first (so the app's later inserts
 * continue after them), then copied with the rows.
 */
final class PostgresCopySink implements RowSink {

    private final Connection connection;
    private final CopyManager copy;
    private String itemSequence;

    PostgresCopySink(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    public long[] items(List<Object[]> rows) throws SQLException {
        long[] ids = reserveIds(rows.size());
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (int i = 0; i < rows.size(); i++) {
            text.append(ids[i]).append('\t');
            append(text, rows.get(i));
        }
        send(Table.ITEM.copy(true), text);
        return ids;
    }

    @Override
    public void rows(Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            append(text, row);
        }
        send(table.copy(false), text);
    }

    @Override
    public String method() {
        return "COPY";
    }

    private long[] reserveIds(int count) throws SQLException {
        if (itemSequence == null) {
            try (PreparedStatement ps = connection.prepareStatement("select pg_get_serial_sequence('wf_item', 'id')");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                itemSequence = rs.getString(1);
            }
        }
        long[] ids = new long[count];
        try (PreparedStatement ps = connection.prepareStatement(
                "select nextval(?::regclass) from generate_series(1, ?)")) {
            ps.setString(1, itemSequence);
            ps.setInt(2, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < count && rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private void send(String sql, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void append(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = row[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Boolean flag) {
                out.append(flag ? 't' : 'f');
            } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
                out.append(value);
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
