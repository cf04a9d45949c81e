package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pathway.clinic.Phones;

/**
 * Migration 24: {@code lead.phone_digits}, the digits a partial phone search ("555-0177") looks in
 * ({@link Phones#searchDigits}), filled for the leads already stored. A contains-search cannot use a
 * b-tree index; on PostgreSQL a trigram index ({@code pg_trgm}, a trusted extension since
 * PostgreSQL 13) serves it when the extension can be created; otherwise the search reads the whole
 * table (docs/lead-list-performance.md), which the migration logs. H2 has no such index.
 *
 * <p>In Flyway's own package, like migration 13, so that every Flyway migrating
 * {@code classpath:db/migration} finds it.
 */
public class V24__Lead_phone_digits implements JavaMigration {

    static final String TRIGRAM_INDEX = "ix_lead_phone_digits_trgm";
    private static final Logger log = LoggerFactory.getLogger(V24__Lead_phone_digits.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24");
    }

    @Override
    public String getDescription() {
        return "lead phone digits";
    }

    @Override
    public Integer getChecksum() {
        return 24_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement statement = c.createStatement()) {
            statement.execute("alter table lead add column phone_digits varchar(80)");
        }
        fill(c);
        if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            trigramIndex(c);
        }
    }

    private static void fill(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(
                "select id, phone, alt_phone from lead where phone is not null or alt_phone is not null");
                PreparedStatement write = c.prepareStatement("update lead set phone_digits = ? where id = ?");
                ResultSet rs = read.executeQuery()) {
            int batch = 0;
            while (rs.next()) {
                write.setString(1, Phones.searchDigits(rs.getString(2), rs.getString(3)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++batch % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /** The extension lives in {@code public}, so that no schema dropped later takes it (and the index) along. */
    private static void trigramIndex(Connection c) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (Statement statement = c.createStatement()) {
            Optional<String> schema = trigramSchema(c);
            if (schema.isEmpty()) {
                statement.execute("create extension if not exists pg_trgm schema public");
                schema = trigramSchema(c);
            }
            statement.execute("create index " + TRIGRAM_INDEX + " on lead using gin (phone_digits "
                    + schema.orElse("public") + ".gin_trgm_ops)");
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
            log.warn("No trigram index for partial phone searches (pg_trgm could not be used: {}); such searches"
                    + " read the whole lead table. An administrator can run \"create extension pg_trgm\" and create"
                    + " the index {} (see docs/lead-list-performance.md).", e.getMessage(), TRIGRAM_INDEX);
        }
    }

    private static Optional<String> trigramSchema(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                "select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace"
                        + " where e.extname = 'pg_trgm'")) {
            return rs.next() ? Optional.of("\"" + rs.getString(1) + "\"") : Optional.empty();
        }
    }
}
