package db.migration;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration whose statements run on PostgreSQL only (triggers, which H2 has no language for); on H2 it is
 * recorded as applied and does nothing. Its checksum is that of its statements. Abstract, so Flyway does not take
 * it for a migration of its own.
 */
abstract class PostgresOnlyMigration extends BaseJavaMigration {

    /**
     * A trigger function and two triggers that refuse UPDATE and DELETE (per row) and TRUNCATE on {@code table} from
     * anyone; only the table's owner can disable them.
     */
    static List<String> insertOnly(String table) {
        return List.of("""
                create function %1$s_insert_only() returns trigger language plpgsql as $$
                begin
                    raise exception 'The audit trail is insert-only: %% on %1$s refused', tg_op
                        using errcode = '42501';
                end
                $$""".formatted(table),
                "create trigger " + table + "_no_change before update or delete on " + table
                        + " for each row execute function " + table + "_insert_only()",
                "create trigger " + table + "_no_truncate before truncate on " + table
                        + " for each statement execute function " + table + "_insert_only()");
    }

    /** The statements, in order, each run once on PostgreSQL. */
    abstract List<String> statements();

    @Override
    public final Integer getChecksum() {
        return String.join(";", statements()).hashCode();
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String ddl : statements()) {
                statement.execute(ddl);
            }
        }
    }
}
