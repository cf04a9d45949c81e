package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The command line check: exit 0 on an intact trail, 1 where it breaks, 2 on bad arguments. */
class VerifyAuditCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void saysWhetherTheChainIsIntact() throws Exception {
        String url = "jdbc:h2:mem:verify-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        assertThat(run("verify-audit", "--jdbc-url", url, "--user", "sa")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The audit trail is intact: 0 chained entries checked.");

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("update audit_chain_head set last_seq = 1");
        }
        out.reset();
        assertThat(run("verify-audit", "--jdbc-url", url, "--user", "sa")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the newest entry is missing");
    }

    @Test
    void refusesMissingArguments() {
        assertThat(run("verify-audit")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--jdbc-url is required").contains("usage:");
    }

    private int run(String... args) {
        return VerifyAuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
