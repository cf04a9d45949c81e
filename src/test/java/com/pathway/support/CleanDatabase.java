package com.pathway.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Cleans, then migrates, the PostgreSQL test schema when a context starts. Since {@link PostgresTest}
 * gives each context a fresh schema of its own ({@link UniqueSchema}), this is only a safeguard; it
 * never touches another context's tables.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("pgtest")
public class CleanDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
