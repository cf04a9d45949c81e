package db.migration;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.Context;

/** Runs a migration's statements on PostgreSQL only (triggers, which H2 has no language for). Not a migration. */
final class OnPostgres {

    private OnPostgres() {
    }

    static void run(Context context, List<String> statements) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String ddl : statements) {
                statement.execute(ddl);
            }
        }
    }
}
