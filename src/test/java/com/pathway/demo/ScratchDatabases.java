package com.pathway.demo;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Fresh in-memory H2 databases with the app's schema, for generator tests that need no Spring context. */
final class ScratchDatabases {

    private ScratchDatabases() {
    }

    static String h2Url() {
        return "jdbc:h2:mem:gen-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    static DataSource h2() {
        DataSource dataSource = new DriverManagerDataSource(h2Url(), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
