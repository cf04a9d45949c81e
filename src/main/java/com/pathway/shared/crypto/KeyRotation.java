package com.pathway.shared.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every declared encrypted column with the current key: values written with an older key and
 * plain values from before encryption alike. Reads in key order, a batch per transaction, and rewrites a
 * value only if it is still the one read, so it may run beside the application and again at any time
 * (a second run finds nothing to do). A value that cannot be decrypted is counted and left as it is.
 */
@Service
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ColumnCipher cipher;
    private final List<EncryptedColumns> declared;
    private final int batchSize;

    KeyRotation(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, ColumnCipher cipher,
            List<EncryptedColumns> declared, EncryptionProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.cipher = cipher;
        this.declared = declared;
        this.batchSize = Math.max(1, properties.rotateBatchSize());
    }

    /** Every encrypted column of every module, by purpose label. */
    public List<EncryptedColumn> columns() {
        return declared.stream().flatMap(d -> d.columns().stream())
                .sorted(java.util.Comparator.comparing(EncryptedColumn::purpose)).toList();
    }

    /** Re-encrypts every column with the current key and says what it did per column. */
    public RotationReport rotate() {
        Map<String, RotationReport.Counts> counts = new LinkedHashMap<>();
        for (EncryptedColumn column : columns()) {
            RotationReport.Counts c = rotate(column);
            counts.put(column.purpose(), c);
            log.info("Encryption at rest: {} {}", column.purpose(), c);
        }
        return new RotationReport(cipher.currentKeyId(), counts);
    }

    private RotationReport.Counts rotate(EncryptedColumn column) {
        int[] totals = new int[4];
        List<Object> after = null;
        while (true) {
            List<Object> from = after;
            Batch batch = transactions.execute(status -> batch(column, from));
            for (int i = 0; i < totals.length; i++) {
                totals[i] += batch.counts()[i];
            }
            if (batch.last() == null) {
                return new RotationReport.Counts(totals[0], totals[1], totals[2], totals[3]);
            }
            after = batch.last();
        }
    }

    private record Batch(List<Object> last, int[] counts) {
    }

    private Batch batch(EncryptedColumn column, List<Object> after) {
        List<String> keys = column.keyColumns();
        String keyList = String.join(", ", keys);
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", cipher.currentPrefix() + "%");
        StringBuilder sql = new StringBuilder("select ").append(keyList).append(", ").append(column.column())
                .append(" from ").append(column.table()).append(" where ").append(column.column())
                .append(" is not null and ").append(column.column()).append(" not like :prefix");
        if (after != null) {
            sql.append(" and (").append(keyList).append(") > (")
                    .append(placeholders(keys.size(), "k")).append(")");
            for (int i = 0; i < keys.size(); i++) {
                params.addValue("k" + i, after.get(i));
            }
        }
        sql.append(" order by ").append(keyList).append(" limit ").append(batchSize);
        List<Object[]> rows = jdbc.query(sql.toString(), params, (rs, n) -> {
            Object[] row = new Object[keys.size() + 1];
            for (int i = 0; i <= keys.size(); i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        });
        int[] counts = new int[4];
        List<MapSqlParameterSource> updates = new ArrayList<>();
        for (Object[] row : rows) {
            String stored = (String) row[keys.size()];
            String plain;
            try {
                plain = cipher.decrypt(column.purpose(), stored);
            } catch (EncryptionException e) {
                counts[3]++;
                log.warn("Encryption at rest: a value in {} (row {}) is left as it is: {}", column.purpose(),
                        java.util.Arrays.toString(java.util.Arrays.copyOf(row, keys.size())), e.getMessage());
                continue;
            }
            MapSqlParameterSource update = new MapSqlParameterSource("value", cipher.encrypt(column.purpose(), plain))
                    .addValue("old", stored);
            for (int i = 0; i < keys.size(); i++) {
                update.addValue("k" + i, row[i]);
            }
            updates.add(update);
            counts[ColumnCipher.isPlain(stored) ? 0 : 1]++;
        }
        if (!updates.isEmpty()) {
            String where = java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> keys.get(i) + " = :k" + i)
                    .collect(Collectors.joining(" and "));
            int[] done = jdbc.batchUpdate("update " + column.table() + " set " + column.column() + " = :value where "
                    + where + " and " + column.column() + " = :old", updates.toArray(MapSqlParameterSource[]::new));
            for (int i = 0; i < done.length; i++) {
                if (done[i] == 0) {
                    // changed by the application since it was read: that write used the current key already
                    counts[ColumnCipher.isPlain((String) updates.get(i).getValue("old")) ? 0 : 1]--;
                    counts[2]++;
                }
            }
        }
        Object[] last = rows.size() < batchSize ? null : rows.getLast();
        return new Batch(last == null ? null : java.util.Arrays.asList(last).subList(0, keys.size()), counts);
    }

    private static String placeholders(int n, String name) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> ":" + name + i).collect(Collectors.joining(", "));
    }
}
