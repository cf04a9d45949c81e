package com.pathway.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Any database: prepared statements in JDBC batches; item ids come back as generated keys. */
final class JdbcBatchSink implements RowSink {

    private static final int BATCH = 1000;

    private final Connection connection;

    JdbcBatchSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long[] items(List<Object[]> rows) throws SQLException {
        long[] ids = new long[rows.size()];
        try (PreparedStatement ps = connection.prepareStatement(Table.ITEM.insert(false), new String[] {"id"})) {
            int done = 0;
            for (int start = 0; start < rows.size(); start += BATCH) {
                List<Object[]> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
                for (Object[] row : batch) {
                    bind(ps, Table.ITEM, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids[done++] = keys.getLong(1);
                    }
                }
            }
            if (done != rows.size()) {
                throw new SQLException("The database returned " + done + " ids for " + rows.size() + " items");
            }
        }
        return ids;
    }

    @Override
    public void rows(Table table, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(table.insert(false))) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(ps, table, row);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    @Override
    public String method() {
        return "JDBC batches";
    }

    static void bind(PreparedStatement ps, Table table, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            int at = i + 1;
            switch (value) {
                case null -> ps.setNull(at, table.types().get(i));
                case Instant instant -> ps.setObject(at, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                case LocalDate date -> ps.setObject(at, date);
                case Long number -> ps.setLong(at, number);
                case Integer number -> ps.setLong(at, number);
                case Boolean flag -> ps.setBoolean(at, flag);
                default -> ps.setString(at, value.toString());
            }
        }
    }
}
