package db.migration;

import java.util.List;

/**
 * Migration 31: on PostgreSQL the audit trail refuses UPDATE, DELETE and TRUNCATE from anyone (a
 * trigger that only the table's owner can disable), so even SQL that goes around the application
 * cannot quietly change it; run the application as a role that does not own the tables. H2 has no
 * trigger language; there the application's insert-only repository and the hash chain are the guard. A Java migration because the two
 * databases differ; it lives beside the SQL migrations ({@code db.migration}) so that every Flyway run
 * over {@code classpath:db/migration} finds it, the application's and the data generator's alike.
 */
public class V31__audit_trail_insert_only extends PostgresOnlyMigration {

    static final List<String> POSTGRESQL = insertOnly("audit_entry");

    @Override
    List<String> statements() {
        return POSTGRESQL;
    }
}
