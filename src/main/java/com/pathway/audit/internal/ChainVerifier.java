package com.pathway.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.pathway.audit.AuditChainReport;

/**
 * Walks the audit trail's hash chain over plain JDBC (the application and the command line use it alike) and
 * reports the first place where it breaks: a link missing (numbers skipped), an entry deleted, an entry whose content
 * no longer matches its link (edited, or swapped with another), a link that does not follow the one before it
 * (reordered), missing newest links (the head row remembers the last one), an entry deleted before it was linked (its
 * waiting row outlives it), or an entry that is neither linked nor waiting (written around the application). Entries
 * written before the chain existed (migration V30) are not checked; entries written moments ago and not yet linked
 * are counted as waiting. Reads {@value #PAGE} links at a time.
 */
public final class ChainVerifier {

    static final int PAGE = 1000;
    private static final String LINKS = "select l.seq, l.entry_id, l.prev_hash, l.entry_hash, e.id as present, "
            + AuditHashes.ENTRY_COLUMNS + " from audit_link l left join audit_entry e on e.id = l.entry_id"
            + " where l.seq > ? and l.seq <= ? order by l.seq fetch first " + PAGE + " rows only";
    private static final String DELETED_WAITING = "select min(p.entry_id), count(*) from audit_pending p"
            + " where not exists (select 1 from audit_entry e where e.id = p.entry_id)";
    private static final String UNLINKED = "select min(e.id), count(*) from audit_entry e"
            + " where e.id > (select min(entry_id) from audit_link)"
            + " and not exists (select 1 from audit_link l where l.entry_id = e.id)"
            + " and not exists (select 1 from audit_pending p where p.entry_id = e.id)";
    private static final String WAITING = "select count(*) from audit_pending p"
            + " where exists (select 1 from audit_entry e where e.id = p.entry_id)";

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
        long expected = 1;
        String previous = AuditHashes.GENESIS;
        boolean more = true;
        while (more) {
            try (PreparedStatement page = connection.prepareStatement(LINKS)) {
                page.setLong(1, expected - 1);
                page.setLong(2, headSeq);
                try (ResultSet rs = page.executeQuery()) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                        String problem = problem(rs, expected, previous);
                        if (problem != null) {
                            return AuditChainReport.broken(expected - 1, rs.getLong("entry_id"), problem);
                        }
                        previous = rs.getString("entry_hash");
                        expected++;
                    }
                    more = rows == PAGE;
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
        long[] deleted = minAndCount(connection, DELETED_WAITING);
        if (deleted[1] > 0) {
            return AuditChainReport.broken(checked, deleted[0], deleted[1] == 1
                    ? "entry " + deleted[0] + " was deleted before it was linked into the chain."
                    : deleted[1] + " entries (the first " + deleted[0] + ") were deleted before they were linked"
                            + " into the chain.");
        }
        long[] unlinked = minAndCount(connection, UNLINKED);
        if (unlinked[1] > 0) {
            return AuditChainReport.broken(checked, unlinked[0], (unlinked[1] == 1 ? "entry " + unlinked[0] + " is"
                    : unlinked[1] + " entries (the first " + unlinked[0] + ") are")
                    + " not part of the chain (written around the application, or their links were removed).");
        }
        return AuditChainReport.intact(checked, count(connection, WAITING));
    }

    private static String problem(ResultSet rs, long expected, String previous) throws SQLException {
        long seq = rs.getLong("seq");
        long id = rs.getLong("entry_id");
        if (seq > expected) {
            long missing = seq - expected;
            return (missing == 1 ? "an entry is" : missing + " entries are") + " missing before entry " + id
                    + " (chain numbers " + expected + (missing == 1 ? "" : " to " + (seq - 1))
                    + ": their links were removed).";
        }
        rs.getLong("present");
        if (rs.wasNull()) {
            return "entry " + id + " (number " + seq + " in the chain) has been deleted.";
        }
        AuditHashes.Fields fields = AuditHashes.fields(seq, rs);
        String prevHash = rs.getString("prev_hash");
        if (!AuditHashes.hash(prevHash, fields).equals(rs.getString("entry_hash"))) {
            return "entry " + id + " was changed after it was written, or swapped with another (its content no longer"
                    + " matches its place in the chain).";
        }
        if (!prevHash.equals(previous)) {
            return "entry " + id + " does not follow the entry before it (entries were removed or reordered).";
        }
        return null;
    }

    private static long[] minAndCount(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
