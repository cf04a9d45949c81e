package com.pathway.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.pathway.support.PostgresTest;

/**
 * A round of the sealer reads the waiting rows and their entries by key, however large the trail and whatever
 * PostgreSQL knows of it. The schema is new and never analysed, as on a server without autovacuum, and the waiting
 * table holds the dead rows of the entries linked before (nothing vacuums it there either). Each statement is
 * explained twice: with its values, as PostgreSQL plans its first executions, and as the generic plan it keeps for a
 * statement the driver prepared on the server (from the sixth execution on one connection). Joined to the waiting
 * rows, the trail was planned as a sequential scan, and every round (five a second while pages are read) walked
 * every entry ever written. Read by key, it was still walked for a full page of ids (PostgreSQL guesses the rows of a
 * never-analysed table far wider, so far fewer, than they are) and where a connection kept the generic plan it had
 * made while the trail was small; so a round has each statement planned by key for its values
 * ({@link AuditSealer#PLANS_BY_KEY}).
 */
@SpringBootTest
@PostgresTest
class AuditSealerOnPostgresTest {

    private static final int TRAIL = 20_000;

    @Autowired
    DataSource dataSource;

    @Test
    void aRoundReadsTheTrailAndTheWaitingRowsByKeyWhateverTheirSize() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            trail(c, TRAIL);
            Round round = waiting(c, AuditSealer.PAGE);
            assertThat(plan(c, "force_custom_plan", AuditSealer.ENTRIES, round.values(AuditSealer.ENTRIES)))
                    .as("a full page's entries, planned as PostgreSQL would without the round's settings")
                    .contains("Seq Scan on audit_entry");

            try (Statement s = c.createStatement()) {
                s.execute(AuditSealer.PLANS_BY_KEY);
            }
            for (boolean generic : new boolean[] {false, true}) {
                for (String plan : plans(c, generic ? "force_generic_plan" : "force_custom_plan", round)) {
                    assertThat(plan).doesNotContain("Seq Scan");
                }
            }
            assertThat(plan(c, "force_custom_plan", AuditSealer.ENTRIES, round.values(AuditSealer.ENTRIES)))
                    .contains("audit_entry_pkey");
            assertThat(plan(c, "force_custom_plan", AuditSealer.LINKED, round.values(AuditSealer.LINKED)))
                    .contains("audit_pending_pkey");
            c.rollback();
        }
    }

    /**
     * A connection's statements prepared while the trail was small: PostgreSQL chose their generic plans then, and
     * kept them as the trail grew; the round has each planned for its values.
     */
    @Test
    void aRoundDoesNotKeepThePlansMadeWhileTheTrailWasSmall() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            trail(c, 50);
            Round small = waiting(c, 20);
            try (Statement s = c.createStatement()) {
                for (RoundStatement statement : statements(small)) {
                    s.execute("prepare " + statement.name() + " as " + numbered(statement.sql()));
                    // As the driver and the server do by the sixth execution: the generic plan is chosen and kept.
                    for (int i = 0; i < 6; i++) {
                        s.execute("execute " + statement.name() + statement.values());
                    }
                }
            }
            try {
                trail(c, TRAIL);
                Round large = waiting(c, 5);

                assertThat(explain(c, "entries", large.values(AuditSealer.ENTRIES)))
                        .as("the plan kept from the small trail").contains("Seq Scan on audit_entry");
                try (Statement s = c.createStatement()) {
                    s.execute(AuditSealer.PLANS_BY_KEY);
                }
                for (RoundStatement statement : statements(large)) {
                    assertThat(explain(c, statement.name(), statement.values())).as(statement.sql())
                            .doesNotContain("Seq Scan");
                }
            } finally {
                c.rollback();
                // Prepared statements outlive the transaction: the pooled connection goes back without them.
                try (Statement s = c.createStatement()) {
                    for (RoundStatement statement : statements(small)) {
                        s.execute("deallocate " + statement.name());
                    }
                }
                c.commit();
            }
        }
    }

    /** {@code size} more entries, and the dead waiting rows of their links, as where nothing vacuums. */
    private static void trail(Connection c, int size) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into audit_entry (occurred_at, actor, action, outcome) select current_timestamp,"
                    + " 'plan', 'LEAD_VIEWED', 'SUCCESS' from generate_series(1, " + size + ")");
            s.execute("delete from audit_pending");
            s.execute("insert into audit_pending (entry_id) select id from audit_entry");
            s.execute("delete from audit_pending");
        }
    }

    /** The newest {@code count} entries waiting, as a round finds them. */
    private static Round waiting(Connection c, int count) throws SQLException {
        List<Long> waiting = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("insert into audit_pending (entry_id) select id from audit_entry order by id desc"
                    + " fetch first " + count + " rows only");
            try (ResultSet rs = s.executeQuery("select entry_id from audit_pending order by entry_id")) {
                while (rs.next()) {
                    waiting.add(rs.getLong(1));
                }
            }
        }
        return new Round(waiting);
    }

    /** The waiting rows a round reads, and the values of its statements as SQL literals. */
    private record Round(List<Long> waiting) {

        String ids() {
            return waiting.stream().map(String::valueOf).collect(Collectors.joining(",", "'{", "}'"));
        }

        String values(String sql) {
            if (sql.equals(AuditSealer.ANY_WAITING)) {
                return "";
            }
            return "(" + (sql.equals(AuditSealer.WAITING) ? String.valueOf(Long.MIN_VALUE) : ids()) + ")";
        }
    }

    /** One of the round's statements on the trail: a name to prepare it by, the statement, its values. */
    private record RoundStatement(String name, String sql, String values) {
    }

    private static List<RoundStatement> statements(Round round) {
        return List.of(new RoundStatement("any_waiting", AuditSealer.ANY_WAITING, round.values(AuditSealer.ANY_WAITING)),
                new RoundStatement("waiting", AuditSealer.WAITING, round.values(AuditSealer.WAITING)),
                new RoundStatement("entries", AuditSealer.ENTRIES, round.values(AuditSealer.ENTRIES)),
                new RoundStatement("linked", AuditSealer.LINKED, round.values(AuditSealer.LINKED)));
    }

    private static List<String> plans(Connection c, String mode, Round round) throws SQLException {
        List<String> plans = new ArrayList<>();
        for (RoundStatement statement : statements(round)) {
            plans.add(plan(c, mode, statement.sql(), statement.values()));
        }
        return plans;
    }

    /**
     * The plan of {@code sql} for {@code values} ("" or "(…)", SQL literals) with {@code plan_cache_mode} set to
     * {@code mode}: the generic plan, the one PostgreSQL keeps for a prepared statement, or the one it makes for these
     * values.
     */
    private static String plan(Connection c, String mode, String sql, String values) throws SQLException {
        try (Statement s = c.createStatement()) {
            String before;
            try (ResultSet rs = s.executeQuery("show plan_cache_mode")) {
                rs.next();
                before = rs.getString(1);
            }
            s.execute("set local plan_cache_mode = " + mode);
            s.execute("prepare sealer_statement as " + numbered(sql));
            String plan = explain(c, "sealer_statement", values);
            s.execute("deallocate sealer_statement");
            s.execute("set local plan_cache_mode = " + before);
            return plan;
        }
    }

    /** The plan the prepared statement {@code name} runs with for {@code values} ("" or "(…)"). */
    private static String explain(Connection c, String name, String values) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain execute " + name + values)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** {@code sql} with its parameters numbered, as PREPARE takes them. */
    private static String numbered(String sql) {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                numbered.append('$').append(++parameter);
            } else {
                numbered.append(ch);
            }
        }
        return numbered.toString();
    }
}
