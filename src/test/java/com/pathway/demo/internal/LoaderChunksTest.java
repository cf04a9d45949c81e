package com.pathway.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;

/** On H2 every chunk is its own transaction; the numbers still follow each other without a gap. */
class LoaderChunksTest {

    @Test
    void chunksCommittedOneByOneKeepTheNumbersGapFreeAndInOrder() {
        DataSource db = new DriverManagerDataSource("jdbc:h2:mem:chunks-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .javaMigrations(com.pathway.clinic.ClinicMigrations.all()).load().migrate();

        GenerationReport report = new Loader(m -> { }, Integer.MAX_VALUE, 40)
                .load(db, new GenerationSpec(130, 6, 3, Instant.parse("2026-11-30T00:00:00Z")));

        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(report.leads()).isEqualTo(130);
        assertThat(jdbc.queryForObject("select next_number from wf_project", Long.class)).isEqualTo(131);
        assertThat(jdbc.queryForObject("select count(*) from wf_item where item_number between 1 and 130", Long.class))
                .isEqualTo(130);
        assertThat(jdbc.queryForObject("select count(*) from wf_item a join wf_item b on b.item_number = a.item_number + 1"
                + " where b.created_at < a.created_at", Long.class)).isZero();
    }
}
