package com.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pathway.shared.crypto.ColumnCipher;

/** The harness's command line: migrates, generates, prints rows and seconds; bad arguments get a usage line. */
class GenerateCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void migratesAnEmptyDatabaseGeneratesAndPrintsTheFigures() {
        String url = ScratchDatabases.h2Url();

        int status = run("generate", "--leads", "120", "--months", "6", "--seed", "9", "--jdbc-url", url, "--user", "sa",
                "--now", "2026-11-30T00:00:00Z");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generating 120 leads over 6 months (seed 9")
                .contains("120 leads").contains("into H2 by JDBC batches").containsPattern("seconds=\\d+\\.\\d rows=\\d+");
        Long leads = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
                .queryForObject("select count(*) from lead", Long.class);
        assertThat(leads).isEqualTo(120);
    }

    @Test
    void encryptsThePeoplesMessagesWithTheApplicationsKeysFromTheEnvironment() {
        String url = ScratchDatabases.h2Url();
        String key = "Z2VuZXJhdGUta2V5LWZvci10aGUtY29tbWFuZC10c3Q=";
        Map<String, String> environment = Map.of("PATHWAY_ENCRYPTION_KEYS_GEN1", key,
                "PATHWAY_ENCRYPTION_CURRENT_KEY", "gen1");

        int status = GenerateCommand.run(new String[] {"generate", "--leads", "80", "--months", "3", "--jdbc-url", url,
                "--user", "sa"}, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> messages = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
                .queryForList("select message from lead where message is not null", String.class);
        ColumnCipher cipher = ColumnCipher.of(Map.of("gen1", key), "gen1");
        assertThat(messages).isNotEmpty().allMatch(m -> m.startsWith("enc:v1:gen1:"))
                .extracting(m -> cipher.decrypt("lead.message", m)).allMatch(m -> !m.isBlank() && !m.startsWith("enc:"));
    }

    @Test
    void refusesMissingUnknownAndMalformedArgumentsWithTheUsage() {
        assertThat(run("generate", "--leads", "10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--leads and --jdbc-url are required")
                .contains(GenerateCommand.USAGE);
        err.reset();
        assertThat(run("--leads", "ten", "--jdbc-url", "jdbc:h2:mem:x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--leads must be a whole number, not ten");
        err.reset();
        assertThat(run("--leads", "10", "--jdbc-url", "jdbc:h2:mem:x", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument --colour");
        err.reset();
        assertThat(run("--leads", "10", "--jdbc-url", "jdbc:h2:mem:x", "--now", "yesterday")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--now must be an instant");
        err.reset();
        assertThat(run("--leads", "10", "--months", "0", "--jdbc-url", "jdbc:h2:mem:x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("months must be between 1 and 120");
        err.reset();
        assertThat(run("--leads", "5", "--jdbc-url")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--jdbc-url needs a value");
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithItsReason() {
        assertThat(run("--leads", "5", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "nobody"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Generation failed: ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
