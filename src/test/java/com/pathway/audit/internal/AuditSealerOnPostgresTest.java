package com.pathway.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.pathway.support.PostgresTest;

/**
 * A round of the sealer reads the waiting rows and their entries by key, however large the trail and whatever
 * PostgreSQL knows of it. The schema is new and never analysed, as on a server without autovacuum: joined to the
 * waiting rows, the trail was planned as a sequential scan, and every round (five a second while pages are read)
 * walked every entry ever written.
 */
@SpringBootTest
@PostgresTest
class AuditSealerOnPostgresTest {

    private static final int TRAIL = 20_000;

    @Autowired
    DataSource dataSource;

    @Test
    void aRoundReadsTheTrailByKeyWhateverItsSize() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into audit_entry (occurred_at, actor, action, outcome) select current_timestamp,"
                        + " 'plan', 'LEAD_VIEWED', 'SUCCESS' from generate_series(1, " + TRAIL + ")");
                s.execute("insert into audit_pending (entry_id) select id from audit_entry order by id desc"
                        + " fetch first 5 rows only");
            }
            List<Long> waiting = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select entry_id from audit_pending order by entry_id")) {
                while (rs.next()) {
                    waiting.add(rs.getLong(1));
                }
            }

            assertThat(plan(c, AuditSealer.ANY_WAITING)).doesNotContain("Seq Scan on audit_entry");
            assertThat(plan(c, AuditSealer.WAITING, Long.MIN_VALUE)).doesNotContain("Seq Scan on audit_entry");
            String entries = plan(c, AuditSealer.ENTRIES, c.createArrayOf("BIGINT", waiting.toArray()));
            assertThat(entries).contains("audit_entry_pkey").doesNotContain("Seq Scan on audit_entry");
            c.rollback();
        }
    }

    private static String plan(Connection c, String sql, Object... parameters) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = c.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
