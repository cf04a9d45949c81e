package com.pathway.security.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.DemoAccounts;
import com.pathway.security.Role;

/**
 * Demo profile only: one user per role, each with a known password and a known API token (both in
 * the README), so a newcomer can sign in and call the API at once. Never runs in production, and
 * even in the demo profile never in a database that holds other users or, unless allowed, on
 * PostgreSQL ({@link DemoAccounts#refusal()}): the profile chosen by mistake must not open a real
 * clinic's data to the README's readers.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoUsers implements ApplicationRunner {

    public static final String PASSWORD = "Pathway-demo-2026";

    public record Demo(String username, String displayName, String email, Role role, String token) {
    }

    public static final List<Demo> USERS = List.of(
            new Demo("admin", "Alex Admin", "admin@pathway.example", Role.ADMIN, "pwt_demo_admin_0000000000000000001"),
            new Demo("manager", "Morgan Manager", "manager@pathway.example", Role.MANAGER,
                    "pwt_demo_manager_00000000000000002"),
            new Demo("intake", "Isabel Intake", "intake@pathway.example", Role.INTAKE_COORDINATOR,
                    "pwt_demo_intake_000000000000000003"),
            new Demo("clinician", "Dr. Casey Clinician", "clinician@pathway.example", Role.CLINICIAN,
                    "pwt_demo_clinician_000000000000004"));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final DemoAccounts accounts;

    public DemoUsers(UserAccountRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
            Clock clock, DemoAccounts accounts) {
        this.accounts = accounts;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<String> refusal = accounts.refusal();
        if (refusal.isPresent()) {
            log.warn("Demo profile: no demo users created, because {}.", refusal.get());
            return;
        }
        String hash = null;
        for (Demo demo : USERS) {
            if (users.existsByUsername(demo.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(PASSWORD);
            }
            UserAccount user = users.save(new UserAccount(demo.username(), demo.displayName(), demo.email(),
                    EnumSet.of(demo.role()), hash, clock.instant()));
            tokens.save(new ApiToken(user.getId(), "Demo token", TokenHasher.hash(demo.token()),
                    TokenHasher.hint(demo.token()), clock.instant()));
            log.info("Demo user '{}' ({}) created", demo.username(), demo.role().label());
        }
        accounts.forget();
    }
}
