package com.pathway.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The hash chain's arithmetic, without Spring: an entry's canonical form and its SHA-256 link to the
 * entry before it. The canonical form lists the sequence number and every stored field in a fixed
 * order, each as {@code length:value} (or {@code -} for none), so no two different entries share one.
 */
public final class AuditHashes {

    /** The previous hash of the first chained entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "v1";

    private AuditHashes() {
    }

    /** The columns of {@code audit_entry e} an entry's hash covers, in the order {@link #fields} reads them. */
    public static final String ENTRY_COLUMNS = "e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id,"
            + " e.outcome, e.client_address, e.details";

    /** The stored fields of an entry, as the chain sees them. */
    public record Fields(long seq, Instant occurredAt, String actor, String action, String entityType,
            String entityId, String outcome, String clientAddress, String details) {

        /** The same entry at place {@code place} of the chain. */
        public Fields at(long place) {
            return new Fields(place, occurredAt, actor, action, entityType, entityId, outcome, clientAddress, details);
        }
    }

    /** The entry in the current row of {@code rs}, read with {@link #ENTRY_COLUMNS}, at place {@code seq}. */
    public static Fields fields(long seq, ResultSet rs) throws SQLException {
        return new Fields(seq, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("outcome"), rs.getString("client_address"), rs.getString("details"));
    }

    public static String canonical(Fields f) {
        StringBuilder out = new StringBuilder(VERSION);
        for (String value : new String[] {String.valueOf(f.seq()), f.occurredAt().toString(), f.actor(), f.action(),
                f.entityType(), f.entityId(), f.outcome(), f.clientAddress(), f.details()}) {
            out.append('|');
            if (value == null) {
                out.append('-');
            } else {
                out.append(value.length()).append(':').append(value);
            }
        }
        return out.toString();
    }

    /** SHA-256 of the previous hash and the entry's canonical form, in lower-case hex. */
    public static String hash(String previousHash, Fields f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical(f).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
