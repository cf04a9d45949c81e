package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.pathway.audit.internal.AuditHashes;
import com.pathway.audit.internal.ChainVerifier;

/**
 * A trail chained before migration 67 (each entry's number and hashes in its own row) keeps its chain after it: the
 * links are copied as they were, an entry from before the chain stays outside it, and tampering still shows.
 */
class AuditChainUpgradeTest {

    @Test
    void aChainWrittenBeforeTheLinksMovedIsStillCheckedAfterwards() throws Exception {
        String url = "jdbc:h2:mem:upgrade-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("66").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                // Written before migration 30: outside the chain.
                s.executeUpdate("insert into audit_entry (occurred_at, actor, action, outcome)"
                        + " values (timestamp with time zone '2026-01-05 09:00:00+00', 'old', 'SIGN_IN', 'SUCCESS')");
            }
            String hash = AuditHashes.GENESIS;
            for (int seq = 1; seq <= 3; seq++) {
                Instant at = Instant.parse("2026-06-0" + seq + "T10:00:00Z");
                AuditHashes.Fields f = new AuditHashes.Fields(seq, at, "dana", "LEAD_VIEWED", "LEAD", "PW-" + seq,
                        "SUCCESS", "10.0.0.1", "{\"n\":" + seq + "}");
                String entryHash = AuditHashes.hash(hash, f);
                try (PreparedStatement insert = c.prepareStatement("insert into audit_entry (occurred_at, actor,"
                        + " action, entity_type, entity_id, outcome, client_address, details, seq, prev_hash,"
                        + " entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, at.atOffset(ZoneOffset.UTC));
                    String[] values = {f.actor(), f.action(), f.entityType(), f.entityId(), f.outcome(),
                            f.clientAddress(), f.details()};
                    for (int i = 0; i < values.length; i++) {
                        insert.setString(i + 2, values[i]);
                    }
                    insert.setLong(9, seq);
                    insert.setString(10, hash);
                    insert.setString(11, entryHash);
                    insert.executeUpdate();
                }
                hash = entryHash;
            }
            try (PreparedStatement head = c.prepareStatement("update audit_chain_head set last_seq = 3, last_hash = ?")) {
                head.setString(1, hash);
                head.executeUpdate();
            }
        }

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            AuditChainReport report = ChainVerifier.verify(c);
            assertThat(report.intact()).as(report.summary()).isTrue();
            assertThat(report.checked()).isEqualTo(3);
            long second;
            try (Statement s = c.createStatement()) {
                var rs = s.executeQuery("select entry_id from audit_link where seq = 2");
                rs.next();
                second = rs.getLong(1);
                s.executeUpdate("update audit_entry set actor = 'someone' where id = " + second);
            }
            AuditChainReport tampered = ChainVerifier.verify(c);
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.brokenAt()).isEqualTo(second);
        }
    }
}
