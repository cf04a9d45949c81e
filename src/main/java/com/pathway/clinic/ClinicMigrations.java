package com.pathway.clinic;

import org.flywaydb.core.api.migration.JavaMigration;

import com.pathway.clinic.internal.LeadListIndexes;
import com.pathway.clinic.internal.LeadPhoneDigits;

/**
 * The clinic's Java migrations (13: the lead list's indexes, 24: the digits of partial phone
 * searches), for tools that migrate a database without the application: Flyway finds the SQL
 * scripts under {@code db/migration} by itself, these only when given
 * ({@code Flyway.configure().javaMigrations(ClinicMigrations.all())}). The application registers them
 * as beans.
 */
public final class ClinicMigrations {

    private ClinicMigrations() {
    }

    public static JavaMigration[] all() {
        return new JavaMigration[] {new LeadListIndexes(), new LeadPhoneDigits()};
    }
}
