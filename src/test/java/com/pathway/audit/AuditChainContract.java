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
 * The hash chain catches an edited, a deleted and two swapped entries, two entries reordered in the chain, missing
 * newest entries, an entry deleted before it was linked and one written around the application; entries are linked
 * moments after their commit and the chain stays linear when many transactions audit at once. The tampering goes
 * around the application (a raw connection, on PostgreSQL with the insert-only triggers switched off as the tables'
 * owner could) and is undone after each test. Run on H2 and PostgreSQL by the subclasses.
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
        assertThat(report.waiting()).isZero();
        List<Long> seqs = ids.stream()
                .map(id -> jdbc.queryForObject("select seq from audit_link where entry_id = ?", Long.class, id)).toList();
        assertThat(seqs).as("linked in the order written").isSorted().doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class))
                .isEqualTo(jdbc.queryForObject("select max(seq) from audit_link", Long.class));
        assertThat(jdbc.queryForObject("select count(*) from audit_pending", Long.class)).isZero();
    }

    @Test
    void anEntryIsLinkedMomentsAfterItsCommitWithoutACheckAskingForIt() throws InterruptedException {
        String marker = "CHAIN-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        audit.record(new AuditRecord("CHAIN_TEST", "chain-test", "NOTE", marker, AuditOutcome.SUCCESS, "10.0.0.9",
                Map.of()));
        long id = jdbc.queryForObject("select id from audit_entry where entity_id = ?", Long.class, marker);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (linked(id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(linked(id)).as("entry %d linked by the sealer after its commit woke it", id).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_pending where entry_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void anEntryWaitingForItsLinkIsCountedNotReported() throws SQLException {
        // What the application wrote before (at its start, say) linked first: the one entry below waits alone.
        integrity.verify();
        Long entry;
        // The head held by another transaction, as a sealer in the middle of a round holds it: the entry waits.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("update audit_chain_head set last_seq = last_seq");
            }
            // Written as the application writes an entry: with its waiting row, in one transaction.
            try (Connection writer = dataSource.getConnection();
                    java.sql.PreparedStatement insert = writer.prepareStatement("insert into audit_entry"
                            + " (occurred_at, actor, action, outcome) values (current_timestamp, 'chain-test',"
                            + " 'CHAIN_TEST', 'SUCCESS')", new String[] {"id"});
                    Statement s = writer.createStatement()) {
                writer.setAutoCommit(false);
                insert.executeUpdate();
                try (java.sql.ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    entry = key.getLong(1);
                }
                s.executeUpdate("insert into audit_pending (entry_id) values (" + entry + ")");
                writer.commit();
            }
            try (Connection reader = dataSource.getConnection()) {
                AuditChainReport waiting = com.pathway.audit.internal.ChainVerifier.verify(reader);
                assertThat(waiting.intact()).as(waiting.summary()).isTrue();
                assertThat(waiting.waiting()).isEqualTo(1);
                assertThat(waiting.summary()).endsWith("1 entry written moments ago waits for its link.");
            }
            holder.rollback();
        }
        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.waiting()).isZero();
        assertThat(linked(entry)).isEqualTo(1);
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
        long seq = jdbc.queryForObject("select seq from audit_link where entry_id = ?", Long.class, id);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        tamper("delete from audit_entry where id = " + id, insert("audit_entry", row));

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(id);
        assertThat(report.summary()).contains("entry " + id + " (number " + seq + " in the chain) has been deleted");
    }

    @Test
    void catchesADeletedEntryAndItsLink() throws SQLException {
        List<Long> ids = write(3);
        long id = ids.get(1);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        Map<String, Object> link = jdbc.queryForMap("select * from audit_link where entry_id = ?", id);
        tamper(new String[] {"delete from audit_link where entry_id = " + id, "delete from audit_entry where id = " + id},
                new String[] {insert("audit_link", link), insert("audit_entry", row)});

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
        tamper(new String[] {assign(b, rowA), assign(a, rowB)}, new String[] {assign(b, rowB), assign(a, rowA)});

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(a);
        assertThat(report.summary()).contains("entry " + a + " was changed after it was written, or swapped");
    }

    @Test
    void catchesTwoEntriesReorderedInTheChain() throws SQLException {
        List<Long> ids = write(3);
        long a = ids.get(0);
        long b = ids.get(1);
        // The links change places: a's number and hashes now name b, and b's name a.
        String[] swap = {"update audit_link set entry_id = -1 where entry_id = " + a,
                "update audit_link set entry_id = " + a + " where entry_id = " + b,
                "update audit_link set entry_id = " + b + " where entry_id = -1"};
        tamper(swap, swap);

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(b);
        assertThat(report.summary()).contains("entry " + b + " was changed after it was written, or swapped");
    }

    @Test
    void catchesMissingNewestEntries() throws SQLException {
        long id = write(2).getLast();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        Map<String, Object> link = jdbc.queryForMap("select * from audit_link where entry_id = ?", id);
        tamper(new String[] {"delete from audit_link where entry_id = " + id, "delete from audit_entry where id = " + id},
                new String[] {insert("audit_link", link), insert("audit_entry", row)});

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.summary()).contains("the newest entry is missing");
    }

    @Test
    void catchesAnEntryDeletedBeforeItWasLinked() throws SQLException {
        write(1);
        long gone = jdbc.queryForObject("select max(id) from audit_entry", Long.class) + 1000;
        // What deleting an entry between its commit and its link leaves: its waiting row, which the sealer keeps.
        tamper("insert into audit_pending (entry_id) values (" + gone + ")",
                "delete from audit_pending where entry_id = " + gone);

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(gone);
        assertThat(report.summary()).contains("entry " + gone + " was deleted before it was linked into the chain");
        assertThat(jdbc.queryForObject("select count(*) from audit_pending where entry_id = ?", Long.class, gone))
                .as("the evidence kept").isEqualTo(1);
    }

    @Test
    void manyWaitingRowsWithoutTheirEntriesHoldUpNoOtherEntrysLink() throws SQLException {
        // More of them than one round reads, and ahead of every real entry in the order the sealer reads them.
        String[] orphans = java.util.stream.IntStream.rangeClosed(1, 600)
                .mapToObj(i -> "insert into audit_pending (entry_id) values (" + -i + ")").toArray(String[]::new);
        tamper(orphans, new String[] {"delete from audit_pending where entry_id < 0"});
        long id = writeUnlinked(1).getFirst();

        AuditChainReport report = integrity.verify();
        assertThat(linked(id)).as("entry %d linked", id).isEqualTo(1);
        assertThat(report.summary()).contains("600 entries (the first -600) were deleted before they were linked");
    }

    @Test
    void catchesAnEntryWrittenAroundTheApplication() throws SQLException {
        write(1);
        tamper("insert into audit_entry (occurred_at, actor, action, outcome)"
                + " values (current_timestamp, 'forger', 'LEAD_VIEWED', 'SUCCESS')",
                "delete from audit_entry where actor = 'forger'");
        long forged = jdbc.queryForObject("select id from audit_entry where actor = 'forger'", Long.class);

        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(forged);
        assertThat(report.summary()).contains("entry " + forged + " is not part of the chain");
    }

    @Test
    void staysLinearWhenManyTransactionsAuditAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                // Linked by the sealer as they commit, woken by the writers: no check asks for it meanwhile.
                done.add(pool.submit(() -> writeUnlinked(20)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertLinearAndComplete();
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
        assertLinearAndComplete();
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
        integrity.verify();
        boolean linkRefused;
        try {
            jdbc.update("update audit_link set entry_hash = entry_hash where entry_id = ?", id);
            linkRefused = false;
        } catch (RuntimeException e) {
            linkRefused = true;
        }
        assertThat(linkRefused).as("UPDATE of a link refused by the database").isEqualTo(insertOnlyTrigger());
    }

    /** Every entry linked once, numbered 1 to the head's number without a gap. */
    private void assertLinearAndComplete() {
        AuditChainReport report = integrity.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        long last = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_link", Long.class)).isEqualTo(last);
        assertThat(jdbc.queryForObject("select count(distinct entry_id) from audit_link", Long.class)).isEqualTo(last);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry e where not exists"
                + " (select 1 from audit_link l where l.entry_id = e.id)", Long.class)).as("entries not linked").isZero();
    }

    private long linked(long entryId) {
        return jdbc.queryForObject("select count(*) from audit_link where entry_id = ?", Long.class, entryId);
    }

    /** Writes {@code n} entries, each in a transaction of its own, and has them linked; returns their ids. */
    private List<Long> write(int n) {
        List<Long> ids = writeUnlinked(n);
        integrity.verify();
        return ids;
    }

    /** Writes {@code n} entries, each in a transaction of its own; returns their ids. */
    private List<Long> writeUnlinked(int n) {
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
                s.execute("alter table audit_link disable trigger audit_link_no_change");
            }
            for (String sql : statements) {
                s.execute(sql);
            }
            if (insertOnlyTrigger()) {
                s.execute("alter table audit_entry enable trigger audit_entry_no_change");
                s.execute("alter table audit_link enable trigger audit_link_no_change");
            }
            c.commit();
        }
    }

    private static String insert(String table, Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<String> values = columns.stream().map(c -> literal(row.get(c))).toList();
        return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + String.join(", ", values) + ")";
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
