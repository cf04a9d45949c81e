package com.pathway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.internal.ApiTokenRepository;
import com.pathway.security.internal.DemoUsers;
import com.pathway.security.internal.TokenHasher;
import com.pathway.security.internal.UserAccountRepository;
import com.pathway.shared.Databases;

/**
 * The published demo accounts (README: their password and API tokens are public). Answers whether
 * demo data may be created in this database, and whether anyone can sign in with the published
 * credentials right now, so that the log and the sign-in page can say so plainly.
 */
@Service
public class DemoAccounts {

    /** How long an answer of {@link #credentialsExist()} is reused: checking a password hash is slow on purpose. */
    static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final DataSource dataSource;
    private final Clock clock;
    private final boolean allowOnPostgres;

    private volatile Boolean exist;
    private volatile Instant checkedAt = Instant.MIN;

    public DemoAccounts(UserAccountRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
            DataSource dataSource, Clock clock,
            @Value("${pathway.demo.allow-on-postgres:false}") boolean allowOnPostgres) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.dataSource = dataSource;
        this.clock = clock;
        this.allowOnPostgres = allowOnPostgres;
    }

    /** The demo user names, in the README's order. */
    public static List<String> usernames() {
        return DemoUsers.USERS.stream().map(DemoUsers.Demo::username).toList();
    }

    /**
     * Why demo users and demo leads must not be created in this database, or empty when they may: never
     * beside any other user (a real administrator's database), never on PostgreSQL (production's
     * database) unless {@code pathway.demo.allow-on-postgres=true}.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal() {
        if (onPostgres() && !allowOnPostgres) {
            return Optional.of("the database is PostgreSQL; set pathway.demo.allow-on-postgres=true to allow "
                    + "demo accounts there");
        }
        long others = users.count() - DemoUsers.USERS.stream().filter(this::isDemoAccount).count();
        if (others > 0) {
            return Optional.of("the database already holds " + others + " other user" + (others == 1 ? "" : "s"));
        }
        return Optional.empty();
    }

    /**
     * True while an active demo user still has the published password or an unrevoked published API
     * token: then anyone who read the README can sign in.
     */
    @Transactional(readOnly = true)
    public boolean credentialsExist() {
        Instant now = clock.instant();
        Boolean known = exist;
        if (known != null && now.isBefore(checkedAt.plus(RECHECK_AFTER))) {
            return known;
        }
        boolean found = DemoUsers.USERS.stream().anyMatch(this::usable);
        exist = found;
        checkedAt = now;
        return found;
    }

    /** Forgets the last answer of {@link #credentialsExist()}, after demo accounts were created or changed. */
    public void forget() {
        exist = null;
    }

    /**
     * A demo account is one that {@code DemoUsers} made: the demo user name and the demo API token (revoked or
     * not). A real administrator named {@code admin} has the name only, and counts as another user.
     */
    private boolean isDemoAccount(DemoUsers.Demo demo) {
        return users.findByUsername(demo.username()).map(user -> tokens.findByTokenHash(TokenHasher.hash(demo.token()))
                .filter(token -> token.getUserId() == user.getId()).isPresent()).orElse(false);
    }

    private boolean usable(DemoUsers.Demo demo) {
        return users.findByUsername(demo.username()).filter(user -> user.isActive()).map(user ->
                passwordEncoder.matches(DemoUsers.PASSWORD, user.getPasswordHash())
                        || tokens.findByTokenHash(TokenHasher.hash(demo.token()))
                                .filter(token -> token.isActive() && token.getUserId() == user.getId())
                                .isPresent())
                .orElse(false);
    }

    private boolean onPostgres() {
        return Databases.isPostgres(dataSource);
    }
}
