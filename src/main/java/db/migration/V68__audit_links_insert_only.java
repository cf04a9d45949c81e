package db.migration;

import java.util.List;

/**
 * Migration 68: on PostgreSQL the audit trail's links into the hash chain ({@code audit_link}, migration 67) refuse
 * UPDATE, DELETE and TRUNCATE from anyone, as the entries do since migration 31: a trigger only the table's owner can
 * disable. The rows of entries waiting for their link ({@code audit_pending}) are removed by the application as it
 * links them, so they have no such trigger; the check of the chain reports an entry whose waiting row went without a
 * link. Nothing on H2, which has no trigger language.
 */
public class V68__audit_links_insert_only extends PostgresOnlyMigration {

    static final List<String> POSTGRESQL = insertOnly("audit_link");

    @Override
    List<String> statements() {
        return POSTGRESQL;
    }
}
