package com.pathway.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import com.pathway.audit.AuditChainReport;

/**
 * Walks the audit trail's hash chain over plain JDBC (the application and the command line use it
 * alike) and reports the first place where it breaks: an entry outside the chain, a missing entry
 * (deleted), one out of order (swapped or moved), one whose content no longer matches its hash
 * (edited), a broken link, or missing newest entries (the head row remembers the last one). Entries
 * written before the chain existed (migration V30) are not checked. Reads {@value #PAGE} rows at a time.
 */
public final class ChainVerifier {

    static final int PAGE = 1000;
    private static final String COLUMNS = "id, seq, occurred_at, actor, action, entity_type, entity_id, outcome,"
            + " client_address, details, prev_hash, entry_hash";

    private ChainVerifier() {
    }

    public static AuditChainReport verify(Connection connection) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_seq, last_hash from audit_chain_head where id = " + AuditChainHead.ID);
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return AuditChainReport.broken(0, null, "the chain's head row is missing.");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        Long start = firstChained(connection);
        long expected = 1;
        String previous = AuditHashes.GENESIS;
        if (start != null) {
            long after = start - 1;
            boolean done = false;
            while (!done) {
                try (PreparedStatement page = connection.prepareStatement("select " + COLUMNS
                        + " from audit_entry where id > ? order by id fetch first " + PAGE + " rows only")) {
                    page.setLong(1, after);
                    try (ResultSet rs = page.executeQuery()) {
                        int rows = 0;
                        while (!done && rs.next()) {
                            rows++;
                            long id = rs.getLong("id");
                            after = id;
                            long seqValue = rs.getLong("seq");
                            Long seq = rs.wasNull() ? null : seqValue;
                            if (seq != null && expected > headSeq) {
                                // Written after the head was read: the next check sees it.
                                done = true;
                                break;
                            }
                            String problem = problem(connection, rs, id, seq, expected, previous);
                            if (problem != null) {
                                return AuditChainReport.broken(expected - 1, id, problem);
                            }
                            previous = rs.getString("entry_hash");
                            expected++;
                        }
                        done = done || rows < PAGE;
                    }
                }
            }
        }
        long checked = expected - 1;
        if (checked < headSeq) {
            long missing = headSeq - checked;
            return AuditChainReport.broken(checked, null, "the newest " + (missing == 1 ? "entry is" : missing
                    + " entries are") + " missing (the chain ends at number " + checked + " of " + headSeq + ").");
        }
        if (!previous.equals(headHash)) {
            return AuditChainReport.broken(checked, null, "the last entry does not match the chain's head.");
        }
        return AuditChainReport.intact(checked);
    }

    private static String problem(Connection connection, ResultSet rs, long id, Long seq, long expected,
            String previous) throws SQLException {
        if (seq == null) {
            return "entry " + id + " is not part of the chain (written around the application).";
        }
        Long expectedAt = seq == expected ? null : idOf(connection, expected);
        if (seq != expected && expectedAt != null) {
            return "entry " + id + " is out of order (it is number " + seq + " in the chain; number " + expected
                    + " stands at entry " + expectedAt + ").";
        }
        if (seq > expected) {
            long missing = seq - expected;
            return (missing == 1 ? "an entry is" : missing + " entries are") + " missing before entry " + id
                    + " (chain numbers " + expected + (missing == 1 ? "" : " to " + (seq - 1)) + ").";
        }
        if (seq < expected) {
            return "entry " + id + " is out of order (it was number " + seq + " in the chain; " + expected
                    + " was expected here).";
        }
        AuditHashes.Fields fields = new AuditHashes.Fields(seq,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("outcome"), rs.getString("client_address"), rs.getString("details"));
        String prevHash = rs.getString("prev_hash");
        if (prevHash == null || !AuditHashes.hash(prevHash, fields).equals(rs.getString("entry_hash"))) {
            return "entry " + id + " was changed after it was written (its content no longer matches its hash).";
        }
        if (!prevHash.equals(previous)) {
            return "entry " + id + " does not follow the entry before it (entries were removed or reordered).";
        }
        return null;
    }

    private static Long idOf(Connection connection, long seq) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("select id from audit_entry where seq = ?")) {
            find.setLong(1, seq);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Long firstChained(Connection connection) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(
                "select min(id) from audit_entry where seq is not null");
                ResultSet rs = first.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            return rs.wasNull() ? null : id;
        }
    }
}
