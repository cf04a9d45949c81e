package com.pathway.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pathway.demo.DataGenerator;
import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;
import com.pathway.shared.crypto.ColumnCipher;

/**
 * Prepares the run's database while the application is stopped: the app's Flyway migrations, the
 * scale's leads from the data generator ({@link DataGenerator}) with a fixed seed so that runs at one
 * scale see the same data, and one intake coordinator per simulated UI user ({@link BenchUsers}).
 */
final class DataLoad {

    static final long SEED = 20_261_201L;

    private DataLoad() {
    }

    static BenchContext.LoadedData load(BenchConfig config) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(config.benchJdbcUrl(), config.dbUser(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Scale scale = config.scale();
        Bench.log("data: generating " + scale.leads() + " leads over " + scale.months() + " months");
        GenerationReport report = new DataGenerator(line -> Bench.log("data: " + line),
                ColumnCipher.of(java.util.Map.of("bench", Bench.BENCH_ENCRYPTION_KEY), "bench")).generate(dataSource,
                new GenerationSpec(scale.leads(), scale.months(), SEED, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        Bench.log("data: " + report);
        try {
            BenchUsers.create(dataSource, scale.uiAccounts());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the benchmark's users: " + e.getMessage(), e);
        }
        return new BenchContext.LoadedData(report.leads(), report.historyRows(), report.method(), report.seconds());
    }
}
