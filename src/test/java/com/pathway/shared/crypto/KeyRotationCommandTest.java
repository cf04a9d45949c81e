package com.pathway.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pathway.PathwayApplication;

/**
 * The rotation command as an operator runs it, on a database from before encryption: it encrypts the plain
 * values, prints the counts per column and exits with 0; a value it cannot decrypt (its key is gone) is left
 * alone, counted and makes the exit status 1.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyRotationCommandTest {

    final String url = "jdbc:h2:mem:rotation-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));

    @Test
    void encryptsThePlainValuesOfAnOlderDatabasePrintsTheCountsAndExitsWithZero(CapturedOutput output) {
        Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate();
        webhook("Old CRM", "whsec_from_before_encryption");

        assertThat(rotate()).isZero();

        String stored = jdbc.queryForObject("select secret from webhook where name = 'Old CRM'", String.class);
        assertThat(stored).startsWith("enc:v1:demo:").doesNotContain("whsec");
        assertThat(ColumnCipher.of(Map.of("demo", EncryptionAtRestContract.DEMO_KEY), "demo")
                .decrypt("webhook.secret", stored)).isEqualTo("whsec_from_before_encryption");
        assertThat(output.getOut()).contains("Encryption at rest: every encrypted column now uses key 'demo'")
                .contains("webhook.secret: encrypted=1 reencrypted=0 changed-meanwhile=0 failed=0")
                .contains("lead.message: encrypted=0");
    }

    @Test
    void leavesAValueItCannotDecryptAloneAndExitsWithOne(CapturedOutput output) {
        Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate();
        // written with a key that was removed before its values were rotated
        webhook("Orphaned", ColumnCipher.of(Map.of("gone", EncryptionAtRestContract.NEXT_KEY), "gone")
                .encrypt("webhook.secret", "whsec_of_a_lost_key"));
        webhook("Plain", "whsec_plain");

        assertThat(rotate()).isEqualTo(1);

        assertThat(output.getOut()).contains("webhook.secret: encrypted=1 reencrypted=0 changed-meanwhile=0 failed=1")
                .contains("was encrypted with the key 'gone', which is not configured");
        assertThat(jdbc.queryForObject("select secret from webhook where name = 'Orphaned'", String.class))
                .startsWith("enc:v1:gone:");
        assertThat(jdbc.queryForObject("select secret from webhook where name = 'Plain'", String.class))
                .startsWith("enc:v1:demo:");
    }

    private int rotate() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PathwayApplication.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--pathway.encryption.rotate=true",
                        "--server.port=0", "--spring.main.banner-mode=off")) {
            return SpringApplication.exit(app);
        }
    }

    private void webhook(String name, String secret) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into webhook (name, url, secret, event_types, active, created_by, created_at, updated_at,"
                + " version) values (?, 'https://crm.example.com/hook', ?, 'ping', true, 'admin', ?, ?, 0)", name,
                secret, now, now);
    }
}
