package com.pathway.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.test.context.TestConfiguration;

/** On the shared PostgreSQL test schema, every test context starts from an empty, freshly migrated schema. */
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
