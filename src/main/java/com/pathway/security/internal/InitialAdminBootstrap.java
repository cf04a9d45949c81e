package com.pathway.security.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.PasswordPolicy;
import com.pathway.security.Role;
import com.pathway.security.SecurityAuditEvent;
import com.pathway.security.SecurityProperties;

/**
 * A start on a database without users creates the first administrator from
 * {@code PATHWAY_ADMIN_PASSWORD} and refuses to start without it. Runs after {@link DemoUsers}: in the
 * demo profile the demo users usually exist by then, but where they were refused (PostgreSQL) the
 * start is a production start like any other. Never creates demo data.
 */
@Component
@Order(1)
public class InitialAdminBootstrap implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdminBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public InitialAdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = properties.bootstrapAdminPassword();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Pathway has no users yet. Set the environment variable "
                    + "PATHWAY_ADMIN_PASSWORD to the password of the first administrator ('admin') and start again.");
        }
        List<String> problems = policy.problems(ADMIN_USERNAME, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PATHWAY_ADMIN_PASSWORD is not acceptable: " + String.join(" ", problems));
        }
        UserAccount admin = users.save(new UserAccount(ADMIN_USERNAME, "Administrator", null,
                EnumSet.of(Role.ADMIN), passwordEncoder.encode(password), clock.instant()));
        events.publishEvent(new SecurityAuditEvent("USER_CREATED", "system", "USER", String.valueOf(admin.getId()),
                true, null, Map.of("username", ADMIN_USERNAME, "roles", List.of(Role.Names.ADMIN), "bootstrap", true)));
        log.info("Created the first administrator '{}' from PATHWAY_ADMIN_PASSWORD.", ADMIN_USERNAME);
    }
}
