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
 * of one account at the same moment contend for its row), one more for the API scenarios with a
 * known API token, a manager and an administrator with tokens too, and accounts with a second step for the security-cost scenario. Written straight
 * into the database before the application starts, which then runs
 * as in production (no demo accounts); every account has the same password, hashed once.
 */
final class BenchUsers {

    static final String PASSWORD = "Pathway-bench-2026";
    static final String API_USER = "bench-api";
    static final String API_TOKEN = "pwt_bench_api_00000000000000000001";
    static final String MANAGER_USER = "bench-manager";
    static final String MANAGER_TOKEN = "pwt_bench_manager_0000000000000001";
    /** An administrator, whose token reads the application's metrics (the JIT's compile time, {@link Warm}). */
    static final String ADMIN_USER = "bench-admin";
    static final String ADMIN_TOKEN = "pwt_bench_admin_000000000000000001";
    /** Accounts with a second step (an authenticator app's code), each signed in once per run of security-cost. */
    static final int MFA_ACCOUNTS = SecurityCostScenario.SIGN_INS + SecurityCostScenario.WARM_UP;
    /** Their authenticator app's secret (Base32), the same for all: the codes are computed as the app computes them. */
    static final String MFA_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private BenchUsers() {
    }

    static String username(int index) {
        return String.format(Locale.ROOT, "bench-intake-%03d", index);
    }

    static String mfaUsername(int index) {
        return String.format(Locale.ROOT, "bench-mfa-%03d", index);
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
                account(user, role, hash, now, username(i), "Bench intake " + i, "INTAKE_COORDINATOR");
            }
            try (PreparedStatement mfa = c.prepareStatement(
                    "update app_user set mfa_secret = ?, mfa_enabled_at = ? where id = ?")) {
                for (int i = 0; i < MFA_ACCOUNTS; i++) {
                    long id = account(user, role, hash, now, mfaUsername(i), "Bench second step " + i, "INTAKE_COORDINATOR");
                    mfa.setString(1, MFA_SECRET);
                    mfa.setTimestamp(2, now);
                    mfa.setLong(3, id);
                    mfa.executeUpdate();
                }
            }
            apiAccount(c, user, role, hash, now, API_USER, "Bench API client", "INTAKE_COORDINATOR", API_TOKEN);
            apiAccount(c, user, role, hash, now, MANAGER_USER, "Bench manager", "MANAGER", MANAGER_TOKEN);
            apiAccount(c, user, role, hash, now, ADMIN_USER, "Bench administrator", "ADMIN", ADMIN_TOKEN);
        }
    }

    /** One account with one role; returns its id. */
    private static long account(PreparedStatement user, PreparedStatement role, String hash, Timestamp now,
            String username, String displayName, String roleName) throws SQLException {
        user.setString(1, username);
        user.setString(2, displayName);
        user.setString(3, username + "@example.org");
        user.setString(4, hash);
        user.setTimestamp(5, now);
        user.setTimestamp(6, now);
        user.setTimestamp(7, now);
        user.executeUpdate();
        long id;
        try (var keys = user.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        role.setLong(1, id);
        role.setString(2, roleName);
        role.executeUpdate();
        return id;
    }

    /** One account with one role and a known API token. */
    private static void apiAccount(Connection c, PreparedStatement user, PreparedStatement role, String hash,
            Timestamp now, String username, String displayName, String roleName, String apiToken) throws SQLException {
        long userId = account(user, role, hash, now, username, displayName, roleName);
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
