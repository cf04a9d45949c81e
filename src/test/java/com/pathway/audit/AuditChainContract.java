package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The hash chain catches an edited, a deleted and two swapped entries, and missing newest entries; it stays
 * linear when many transactions audit at once. The tampering goes around the application (a raw connection,
 * on PostgreSQL with the insert-only trigger switched off as the table's owner could) and is undone after
 * each test. Run on H2 and PostgreSQL by the subclasses.
 */
@WithMockUser(username = "chain-admin", roles = "ADMIN")
abstract class AuditChainContract {

    @Autowired
    AuditService audit;
    @Autowired
    AuditIntegrityService integrity;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> undo = new ArrayList<>();

    abstract boolean insertOnlyTrigger();

    @AfterEach
    void undoTampering() throws SQLException {
        if (!undo.isEmpty()) {
            raw(undo.reversed().toArray(String[]::new));
            undo.clear();
        }
        assertThat(integrity.verify().intact()).as("the chain after undoing the test's tampering").isTrue();
    }

    @Test
    void aTrailWrittenByTheApplicationIsIntact() {
        List<Long> ids = write(3);
        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.checked()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class))
                .isEqualTo(jdbc.queryForObject("select seq from audit_entry where id = ?", Long.class, ids.getLast()));
    }

    @Test
    void catchesAnEditedEntry() throws SQLException {
        long id = write(3).get(1);
        String details = jdbc.queryForObject("select details from audit_entry where id = ?", String.class, id);
        tamper("update audit_entry set details = '{\"n\":\"forged\"}' where id = " + id,
                "update audit_entry set details = '" + details.replace("'", "''") + "' where id = " + id);

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(id);
        assertThat(report.summary()).contains("entry " + id + " was changed");
    }

    @Test
    void catchesADeletedEntry() throws SQLException {
        List<Long> ids = write(3);
        long id = ids.get(1);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        tamper("delete from audit_entry where id = " + id, insert(row));

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(ids.get(2));
        assertThat(report.summary()).contains("an entry is missing before entry " + ids.get(2));
    }

    @Test
    void catchesTwoSwappedEntries() throws SQLException {
        List<Long> ids = write(3);
        long a = ids.get(0);
        long b = ids.get(1);
        // Every column but the id changes places: the two entries now stand in each other's place.
        Map<String, Object> rowA = jdbc.queryForMap("select * from audit_entry where id = ?", a);
        Map<String, Object> rowB = jdbc.queryForMap("select * from audit_entry where id = ?", b);
        String[] swap = {"update audit_entry set seq = null where id = " + a, assign(b, rowA), assign(a, rowB)};
        String[] back = {"update audit_entry set seq = null where id = " + a, assign(b, rowB), assign(a, rowA)};
        tamper(swap, back);

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(a);
        assertThat(report.summary()).contains("entry " + a + " is out of order");
    }

    @Test
    void catchesMissingNewestEntries() throws SQLException {
        long id = write(2).getLast();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        tamper("delete from audit_entry where id = " + id, insert(row));

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.summary()).contains("the newest entry is missing");
    }

    @Test
    void staysLinearWhenManyTransactionsAuditAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                done.add(pool.submit(() -> write(20)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq is not null", Long.class))
                .isEqualTo(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class));
    }

    @Test
    void entriesCommittedTogetherAreEachOnDiskWhenTheirCallReturnsAndTheChainStaysLinear() throws Exception {
        String run = "together-" + System.nanoTime();
        int callers = 12;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                String actor = run + "-" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    String address = "10.0.0." + actor.substring(actor.lastIndexOf('-') + 1);
                    audit.recordWithKeysCommittedTogether(new AuditRecord("LEADS_LISTED", actor, "LEAD", null,
                            AuditOutcome.SUCCESS, address, Map.of("purpose", "board")), List.of("PW-1", "PW-2"));
                    // Committed when the call returns, with its own caller's address whoever wrote the group: another
                    // connection reads it at once.
                    return jdbc.queryForObject(
                            "select count(*) from audit_entry where actor = ? and client_address = ?", Long.class,
                            actor, address);
                }));
            }
            start.countDown();
            for (Future<Long> f : done) {
                assertThat(f.get()).isEqualTo(1L);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForList("select details from audit_entry where actor like ?", String.class, run + "-%"))
                .hasSize(callers).allSatisfy(details -> assertThat(details).contains("PW-1", "PW-2", "board"));
        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq is not null", Long.class))
                .isEqualTo(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class));
    }

    @Test
    void theDatabaseRefusesChangesWhereItCan() {
        long id = write(1).getFirst();
        boolean refused;
        try {
            jdbc.update("update audit_entry set actor = 'someone' where id = ?", id);
            refused = false;
        } catch (RuntimeException e) {
            refused = true;
        }
        if (!refused) {
            undo.add("update audit_entry set actor = 'chain-test' where id = " + id);
        }
        assertThat(refused).as("UPDATE refused by the database").isEqualTo(insertOnlyTrigger());
    }

    /** Writes {@code n} entries, each in a transaction of its own; returns their ids. */
    private List<Long> write(int n) {
        String marker = "CHAIN-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < n; i++) {
            audit.record(new AuditRecord("CHAIN_TEST", "chain-test", "NOTE", marker, AuditOutcome.SUCCESS, "10.0.0.9",
                    Map.of("n", i)));
        }
        return jdbc.queryForList("select id from audit_entry where entity_id = ? order by id", Long.class, marker);
    }

    private void tamper(String doIt, String undoIt) throws SQLException {
        tamper(new String[] {doIt}, new String[] {undoIt});
    }

    private void tamper(String[] doIt, String[] undoIt) throws SQLException {
        raw(doIt);
        // Undone in reverse order of tampering, each step's statements in their own order.
        undo.addAll(List.of(undoIt).reversed());
    }

    /** Runs SQL around the application: on PostgreSQL with the insert-only trigger off, as the table's owner can. */
    private void raw(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            if (insertOnlyTrigger()) {
                s.execute("alter table audit_entry disable trigger audit_entry_no_change");
            }
            for (String sql : statements) {
                s.execute(sql);
            }
            if (insertOnlyTrigger()) {
                s.execute("alter table audit_entry enable trigger audit_entry_no_change");
            }
            c.commit();
        }
    }

    private static String insert(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<String> values = columns.stream().map(c -> literal(row.get(c))).toList();
        return "insert into audit_entry (" + String.join(", ", columns) + ") values (" + String.join(", ", values) + ")";
    }

    /** An update giving entry {@code id} every column of {@code row} but the id. */
    private static String assign(long id, Map<String, Object> row) {
        return "update audit_entry set " + String.join(", ", row.keySet().stream().filter(c -> !c.equals("id"))
                .map(c -> c + " = " + literal(row.get(c))).toList()) + " where id = " + id;
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return "timestamp with time zone '" + t + "'";
        }
        if (value instanceof java.sql.Timestamp t) {
            return "timestamp with time zone '" + t.toInstant() + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
