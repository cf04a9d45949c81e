package com.pathway.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Which of the two databases Pathway runs on: PostgreSQL, or else H2 in PostgreSQL mode (the embedded default).
 */
public final class Databases {

    private Databases() {
    }

    /** Whether a JDBC database product name ({@code getDatabaseProductName()}) is PostgreSQL's. */
    public static boolean isPostgres(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Whether the database behind {@code dataSource} is PostgreSQL, asked over one connection. */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is: " + e.getMessage(), e);
        }
    }
}
