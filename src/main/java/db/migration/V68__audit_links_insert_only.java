package db.migration;

import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 68: on PostgreSQL the audit trail's links into the hash chain ({@code audit_link}, migration 67) refuse
 * UPDATE, DELETE and TRUNCATE from anyone, as the entries do since migration 31: a trigger only the table's owner can
 * disable. The rows of entries waiting for their link ({@code audit_pending}) are removed by the application as it
 * links them, so they have no such trigger; the check of the chain reports an entry whose waiting row went without a
 * link. Nothing on H2, which has no trigger language.
 */
public class V68__audit_links_insert_only extends BaseJavaMigration {

    static final List<String> POSTGRESQL = List.of("""
            create function audit_link_insert_only() returns trigger language plpgsql as $$
            begin
                raise exception 'The audit trail is insert-only: % on audit_link refused', tg_op
                    using errcode = '42501';
            end
            $$""",
            "create trigger audit_link_no_change before update or delete on audit_link"
                    + " for each row execute function audit_link_insert_only()",
            "create trigger audit_link_no_truncate before truncate on audit_link"
                    + " for each statement execute function audit_link_insert_only()");

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
