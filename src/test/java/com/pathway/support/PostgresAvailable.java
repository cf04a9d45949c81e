package com.pathway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a PostgreSQL test class at once, with what to do, when the database cannot be reached.
 * Never skips: a missing database in CI must turn the build red.
 */
public class PostgresAvailable implements BeforeAllCallback {

    public static String url() {
        return System.getenv().getOrDefault("PATHWAY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return System.getenv().getOrDefault("PATHWAY_TEST_PG_USER", "postgres");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String password = System.getenv().getOrDefault("PATHWAY_TEST_PG_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url(), user(), password)) {
            connection.isValid(2);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for " + context.getDisplayName()
                    + " but " + url() + " (user " + user() + ") cannot be reached: " + e.getMessage()
                    + ". Install and start it (Debian: apt-get install postgresql; pg_ctlcluster 15 main start) "
                    + "or point PATHWAY_TEST_PG_URL / PATHWAY_TEST_PG_USER / PATHWAY_TEST_PG_PASSWORD at one.", e);
        }
    }
}
