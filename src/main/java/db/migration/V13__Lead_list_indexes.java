package db.migration;

import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 13: the indexes that serve the lead list's sorts, the overdue filter and the prefix
 * searches (see docs/lead-list-performance.md). A Java migration because PostgreSQL needs
 * {@code varchar_pattern_ops} for {@code like 'prefix%'} to use an index under a non-C collation,
 * an operator class H2 does not know; H2 already uses the plain indexes of V7 for prefixes. Since V15
 * the list reads its status from the lead table, whose own status indexes V15 adds; the two on
 * {@code wf_item} serve the engine's item search.
 *
 * <p>It lives in Flyway's own package {@code db.migration}, beside the SQL migrations, so that every
 * Flyway that migrates {@code classpath:db/migration} finds it: the application's, the data
 * generator's command and the benchmark harness's.
 */
public class V13__Lead_list_indexes implements JavaMigration {

    static final List<String> BOTH = List.of(
            "create index ix_lead_sort_last_name on lead (last_name, id)",
            "create index ix_lead_sort_first_name on lead (first_name, id)",
            "create index ix_lead_sort_priority on lead (priority, id)",
            "create index ix_lead_sort_source on lead (source, id)",
            "create index ix_wf_item_status_id on wf_item (status, id)",
            "create index ix_wf_item_status_entered on wf_item (status, status_changed_at)");

    static final List<String> POSTGRESQL = List.of(
            "create index ix_lead_name_prefix on lead (name_lower varchar_pattern_ops)",
            "create index ix_lead_last_name_prefix on lead (last_name_lower varchar_pattern_ops)",
            "create index ix_lead_email_prefix on lead (email_lower varchar_pattern_ops)");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "lead list indexes";
    }

    @Override
    public Integer getChecksum() {
        return String.join(";", BOTH).concat(String.join(";", POSTGRESQL)).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (Statement statement = context.getConnection().createStatement()) {
            for (String ddl : BOTH) {
                statement.execute(ddl);
            }
            if (postgres) {
                for (String ddl : POSTGRESQL) {
                    statement.execute(ddl);
                }
            }
        }
    }
}
