package com.pathway.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL: {@code COPY ... FROM STDIN} in text format through the driver's {@link CopyManager}.
 * Item ids are taken from the table's own identity sequence first (so the app's later inserts
 * continue after them); a chunk is then encoded off the connection's thread ({@link #encode}) and
 * sent as one COPY per table.
 */
final class PostgresCopySink {

    /** One chunk in COPY text format, table by table. */
    record Encoded(List<Journey> journeys, byte[] items, byte[] leads, byte[] history, byte[] changes,
            byte[] users, long historyRows, long changeRows) {
    }

    private final Connection connection;
    private final CopyManager copy;
    private String itemSequence;

    PostgresCopySink(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Takes {@code count} ids from the work items' identity sequence. */
    long[] reserveIds(int count) throws SQLException {
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

    /** Pure: the rows of the journeys, numbered from {@code firstNumber} with the given ids. */
    static Encoded encode(List<Journey> journeys, Target target, long firstNumber, long[] ids,
            UnaryOperator<String> message) {
        StringBuilder items = new StringBuilder(journeys.size() * 200);
        StringBuilder leads = new StringBuilder(journeys.size() * 500);
        StringBuilder history = new StringBuilder(journeys.size() * 6 * 110);
        StringBuilder changes = new StringBuilder(journeys.size() * 2 * 70);
        StringBuilder users = new StringBuilder(journeys.size() * 2 * 50);
        long historyRows = 0;
        long changeRows = 0;
        for (int i = 0; i < journeys.size(); i++) {
            Journey j = journeys.get(i);
            long number = firstNumber + i;
            items.append(ids[i]).append('\t');
            append(items, LeadRows.item(j, target, number));
            append(leads, LeadRows.lead(j, target, ids[i], number, message));
            for (Object[] row : LeadRows.history(j, ids[i])) {
                append(history, row);
                historyRows++;
            }
            for (Object[] row : LeadRows.changes(j, ids[i])) {
                append(changes, row);
                changeRows++;
            }
            for (Object[] row : LeadRows.users(j, ids[i])) {
                append(users, row);
            }
        }
        return new Encoded(journeys, bytes(items), bytes(leads), bytes(history), bytes(changes), bytes(users),
                historyRows, changeRows);
    }

    void write(Encoded chunk) throws SQLException {
        send(Table.ITEM.copy(true), chunk.items());
        send(Table.LEAD.copy(false), chunk.leads());
        send(Table.HISTORY.copy(false), chunk.history());
        send(Table.CHANGE.copy(false), chunk.changes());
        send(Table.USER.copy(false), chunk.users());
    }

    private void send(String sql, byte[] bytes) throws SQLException {
        if (bytes.length == 0) {
            return;
        }
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

    private static byte[] bytes(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
            } else if (value instanceof Instant instant) {
                timestamp(out, instant);
            } else if (value instanceof Number || value instanceof LocalDate) {
                out.append(value);
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    /** {@code 2026-03-04 15:06:07+00}: much faster than Instant.toString, which a million leads call 15 million times. */
    static void timestamp(StringBuilder out, Instant instant) {
        if (instant.getNano() != 0) {
            out.append(instant);
            return;
        }
        long seconds = instant.getEpochSecond();
        int time = (int) Math.floorMod(seconds, 86_400);
        out.append(LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400))).append(' ');
        two(out, time / 3600);
        out.append(':');
        two(out, time / 60 % 60);
        out.append(':');
        two(out, time % 60);
        out.append("+00");
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
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
