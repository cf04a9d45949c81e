package com.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pathway.security.DemoAccounts;
import com.pathway.support.PostgresAvailable;

/**
 * Production is the default and the demo never lands on real data: a start without a profile creates
 * no demo user; the demo profile creates none beside other users, nor on PostgreSQL unless allowed;
 * and when the published demo credentials work, the log says so at start.
 */
@ExtendWith({PostgresAvailable.class, OutputCaptureExtension.class})
class DemoSafetyTest {

    static final String ADMIN_PASSWORD = "Bootstrap-secret-for-tests-1";
    static final String ENCRYPTION_KEY = "a2V5LWZvci10aGUtZGVtby1zYWZldHktdGVzdHMtMSE=";
    static final List<String> DEMO_TOKENS = List.of("admin:pwt_demo_admin_0000000000000000001",
            "manager:pwt_demo_manager_00000000000000002", "intake:pwt_demo_intake_000000000000000003",
            "clinician:pwt_demo_clinician_000000000000004");

    @Test
    void withoutAProfileAnEmptyPostgresDatabaseGetsOnlyTheAdministratorAndNoDemoTokenWorks(CapturedOutput output)
            throws Exception {
        String schema = newSchema();
        try (ConfigurableApplicationContext app = start(List.of(), postgres(schema), "--server.port=0",
                "--pathway.security.bootstrap-admin-password=" + ADMIN_PASSWORD)) {
            assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("admin");
            assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
            String port = app.getEnvironment().getProperty("local.server.port");
            for (String token : DEMO_TOKENS) {
                assertThat(status("http://127.0.0.1:" + port + "/api/v1/me", token)).as(token).isEqualTo(401);
            }
            assertThat(app.getBean(DemoAccounts.class).credentialsExist()).isFalse();
        } finally {
            dropSchema(schema);
        }
        assertThat(output.getAll()).doesNotContain("DEMO CREDENTIALS ARE ACTIVE");
    }

    @Test
    void theDemoProfileOnPostgresCreatesNoDemoUserUnlessAllowed(CapturedOutput output) {
        String schema = newSchema();
        try (ConfigurableApplicationContext app = start(List.of("postgres", "demo"), postgres(schema),
                "--pathway.security.bootstrap-admin-password=" + ADMIN_PASSWORD, "--pathway.demo.leads=5")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class))
                    .as("a production start instead: the first administrator only").containsExactly("admin");
            assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from wf_item", Integer.class)).as("no demo leads").isZero();
        } finally {
            dropSchema(schema);
        }
        assertThat(output.getAll()).contains("no demo users created, because the database is PostgreSQL")
                .doesNotContain("DEMO CREDENTIALS ARE ACTIVE");
    }

    @Test
    void theDemoProfileOnPostgresCreatesTheDemoUsersWhenExplicitlyAllowed(CapturedOutput output) {
        String schema = newSchema();
        try (ConfigurableApplicationContext app = start(List.of("postgres", "demo"), postgres(schema),
                "--pathway.demo.allow-on-postgres=true", "--pathway.demo.leads=0")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user order by id", String.class))
                    .containsExactly("admin", "manager", "intake", "clinician");
        } finally {
            dropSchema(schema);
        }
        assertThat(output.getAll()).contains("DEMO CREDENTIALS ARE ACTIVE");
    }

    @Test
    void theDemoProfileBesideARealAdministratorNamedAdminCreatesNoDemoUserAndNoDemoLead(CapturedOutput output) {
        String url = existingUser("admin");

        try (ConfigurableApplicationContext app = start(List.of("demo"), List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--pathway.demo.leads=5"))) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("admin");
            assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from wf_item", Integer.class)).as("no demo leads").isZero();
        }
        assertThat(output.getAll()).contains("no demo users created, because the database already holds 1 other user")
                .doesNotContain("DEMO CREDENTIALS ARE ACTIVE");
    }

    @Test
    void theDemoProfileBesideAnotherUserCreatesNoDemoUserAndNoDemoLead(CapturedOutput output) {
        String url = existingUser("dr.real");

        try (ConfigurableApplicationContext app = start(List.of("demo"), List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--pathway.demo.leads=5"))) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("dr.real");
            assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from wf_item", Integer.class)).as("no demo leads").isZero();
        }
        assertThat(output.getAll()).contains("no demo users created, because the database already holds 1 other user")
                .contains("no demo leads created")
                .doesNotContain("DEMO CREDENTIALS ARE ACTIVE");
    }

    /** A fresh H2 database with the schema and one user that is not a demo account. */
    private static String existingUser(String username) {
        String url = "jdbc:h2:mem:demo-safety-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        DataSource existing = new DriverManagerDataSource(url, "sa", "");
        // The app's migrations as the app runs them: the SQL scripts and its Java migration.
        Flyway.configure().dataSource(existing).locations("classpath:db/migration").load().migrate();
        Timestamp now = Timestamp.from(Instant.now());
        new JdbcTemplate(existing).update("insert into app_user (username, display_name, email, password_hash, active,"
                + " failed_login_count, password_changed_at, created_at, updated_at, version)"
                + " values (?, 'A real user', null, '{noop}not-the-demo-password', true, 0, ?, ?, ?, 0)",
                username, now, now, now);
        return url;
    }

    private static ConfigurableApplicationContext start(List<String> profiles, List<String> database,
            String... more) {
        List<String> args = new ArrayList<>(database);
        args.addAll(Arrays.asList(more));
        args.addAll(List.of("--spring.main.banner-mode=off", "--logging.level.com.vaadin=WARN",
                "--vaadin.devmode.devTools.enabled=false", "--pathway.webhooks.dispatch=false",
                // a production start needs an encryption key (ProductionStartTest)
                "--pathway.encryption.keys.k1=" + ENCRYPTION_KEY, "--pathway.encryption.current-key=k1"));
        if (args.stream().noneMatch(a -> a.startsWith("--server.port"))) {
            args.add("--server.port=0");
        }
        return new SpringApplicationBuilder(PathwayApplication.class).profiles(profiles.toArray(String[]::new))
                .run(args.toArray(String[]::new));
    }

    private static List<String> postgres(String schema) {
        return List.of("--spring.datasource.url=" + PostgresAvailable.url() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + PostgresAvailable.user(),
                "--spring.datasource.password=" + System.getenv().getOrDefault("PATHWAY_TEST_PG_PASSWORD", ""),
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
    }

    private static String newSchema() {
        return "pathway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static void dropSchema(String schema) {
        new JdbcTemplate(new DriverManagerDataSource(PostgresAvailable.url(), PostgresAvailable.user(),
                System.getenv().getOrDefault("PATHWAY_TEST_PG_PASSWORD", "")))
                .execute("drop schema if exists " + schema + " cascade");
    }

    private static int status(String url, String basic) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
