package db.migration;

import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 31: on PostgreSQL the audit trail refuses UPDATE, DELETE and TRUNCATE from anyone (a
 * trigger that only the table's owner can disable), so even SQL that goes around the application
 * cannot quietly change it; run the application as a role that does not own the tables. H2 has no
 * trigger language; there the application's insert-only repository and the hash chain are the guard. A Java migration because the two
 * databases differ; it lives beside the SQL migrations ({@code db.migration}) so that every Flyway run
 * over {@code classpath:db/migration} finds it, the application's and the data generator's alike.
 */
public class V31__audit_trail_insert_only extends BaseJavaMigration {

    static final List<String> POSTGRESQL = List.of("""
            create function audit_entry_insert_only() returns trigger language plpgsql as $$
            begin
                raise exception 'The audit trail is insert-only: % on audit_entry refused', tg_op
                    using errcode = '42501';
            end
            $$""",
            "create trigger audit_entry_no_change before update or delete on audit_entry"
                    + " for each row execute function audit_entry_insert_only()",
            "create trigger audit_entry_no_truncate before truncate on audit_entry"
                    + " for each statement execute function audit_entry_insert_only()");

    @Override
    public Integer getChecksum() {
        return String.join(";", POSTGRESQL).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        OnPostgres.run(context, POSTGRESQL);
    }
}
