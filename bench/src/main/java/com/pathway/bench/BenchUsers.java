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
 * of one account at the same moment contend for its row), and one more for the API scenarios with a
 * known API token. Written straight into the database before the application starts, which then runs
 * as in production (no demo accounts); every account has the same password, hashed once.
 */
final class BenchUsers {

    static final String PASSWORD = "Pathway-bench-2026";
    static final String API_USER = "bench-api";
    static final String API_TOKEN = "pwt_bench_api_00000000000000000001";
    static final String MANAGER_USER = "bench-manager";
    static final String MANAGER_TOKEN = "pwt_bench_manager_0000000000000001";

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
            apiAccount(c, user, role, hash, now, API_USER, "Bench API client", "INTAKE_COORDINATOR", API_TOKEN);
            apiAccount(c, user, role, hash, now, MANAGER_USER, "Bench manager", "MANAGER", MANAGER_TOKEN);
        }
    }

    /** One account with one role and a known API token. */
    private static void apiAccount(Connection c, PreparedStatement user, PreparedStatement role, String hash,
            Timestamp now, String username, String displayName, String roleName, String apiToken) throws SQLException {
        user.setString(1, username);
        user.setString(2, displayName);
        user.setString(3, username + "@example.org");
        user.setString(4, hash);
        user.setTimestamp(5, now);
        user.setTimestamp(6, now);
        user.setTimestamp(7, now);
        user.executeUpdate();
        long userId;
        try (var keys = user.getGeneratedKeys()) {
            keys.next();
            userId = keys.getLong(1);
        }
        role.setLong(1, userId);
        role.setString(2, roleName);
        role.executeUpdate();
        // Tokens expire (90 days by default, as the application issues them).
        try (PreparedStatement token = c.prepareStatement("insert into api_token (user_id, name, token_hash,"
                + " token_hint, created_at, expires_at) values (?, 'Benchmark', ?, ?, ?, ?)")) {
            token.setLong(1, userId);
            token.setString(2, sha256(apiToken));
            token.setString(3, "pwt_…" + apiToken.substring(apiToken.length() - 4));
            token.setTimestamp(4, now);
            token.setTimestamp(5, java.sql.Timestamp.from(now.toInstant().plus(java.time.Duration.ofDays(90))));
            token.executeUpdate();
        }
    }

    /** How the application stores an API token: its SHA-256 in hex. */
    static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
