package com.pathway.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Intake coordinators for the concurrent UI users, one account each as in a real clinic (sign-ins
 * of one account at the same moment contend for its row). Written straight into the database before
 * the application starts; every account has the demo password, hashed once.
 */
final class BenchUsers {

    static final String PASSWORD = "Pathway-demo-2026";

    private BenchUsers() {
    }

    static String username(int index) {
        return String.format(Locale.ROOT, "bench-intake-%03d", index);
    }

    static void create(DataSource dataSource, int count) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement user = c.prepareStatement("insert into app_user (username, display_name, email,"
                        + " password_hash, active, failed_login_count, password_changed_at, created_at, updated_at,"
                        + " version) values (?, ?, ?, ?, true, 0, ?, ?, ?, 0)", new String[] {"id"});
                PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                user.setString(1, username(i));
                user.setString(2, "Bench intake " + i);
                user.setString(3, username(i) + "@example.org");
                user.setString(4, hash);
                user.setTimestamp(5, now);
                user.setTimestamp(6, now);
                user.setTimestamp(7, now);
                user.executeUpdate();
                try (var keys = user.getGeneratedKeys()) {
                    keys.next();
                    role.setLong(1, keys.getLong(1));
                }
                role.setString(2, "INTAKE_COORDINATOR");
                role.executeUpdate();
            }
        }
    }
}
