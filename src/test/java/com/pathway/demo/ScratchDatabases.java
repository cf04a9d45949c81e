package com.pathway.demo;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Fresh in-memory H2 databases with the app's schema, for generator tests that need no Spring context. */
final class ScratchDatabases {

    private ScratchDatabases() {
    }

    static String h2Url() {
        return "jdbc:h2:mem:gen-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /**
     * One connection kept open for the database's life: H2 2.4 fails a table's check constraints ("Check
     * constraint invalid … The database has been closed") once the session that created them is closed, so
     * the connection that migrates is the one the generator and the test use.
     */
    static DataSource h2() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(h2Url(), "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
