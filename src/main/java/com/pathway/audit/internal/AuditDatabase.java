package com.pathway.audit.internal;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.shared.Databases;

/** Which database the audit trail is written to: PostgreSQL, or else H2. Asked once, at the first entry written. */
@Component
class AuditDatabase {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    AuditDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether it is PostgreSQL; asked over the current transaction's own connection the first time. */
    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    Databases.isPostgres(connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
