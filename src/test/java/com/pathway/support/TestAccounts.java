package com.pathway.support;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.security.AccountPrincipal;
import com.pathway.security.Role;
import com.pathway.security.internal.AccountDetailsService;
import com.pathway.security.internal.ApiToken;
import com.pathway.security.internal.ApiTokenRepository;
import com.pathway.security.internal.TokenHasher;
import com.pathway.security.internal.UserAccount;
import com.pathway.security.internal.UserAccountRepository;

/** Creates users and tokens for tests straight in the database, and signs them in as real principals. */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

    public static final String PASSWORD = "Test-password-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final AccountDetailsService details;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private String passwordHash;

    public TestAccounts(UserAccountRepository users, ApiTokenRepository tokens, AccountDetailsService details,
            PasswordEncoder encoder, TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.details = details;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
    }

    /** A user name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new active user under a name no other test uses ({@link #uniqueName}); the name. */
    public String newUser(String prefix, Role... roles) {
        String name = uniqueName(prefix);
        create(name, roles);
        return name;
    }

    /** A new active user with the password {@link #PASSWORD}. */
    public UserAccount create(String username, Role... roles) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return users.save(new UserAccount(username, "Test " + username, null, set, passwordHash, clock.instant()));
    }

    public UserAccount reload(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** A new active API token for the user; returns its value. */
    public String token(UserAccount user) {
        String value = TokenHasher.newToken();
        tokens.save(new ApiToken(user.getId(), "test", TokenHasher.hash(value), TokenHasher.hint(value),
                clock.instant()));
        return value;
    }

    public ApiToken tokenByValue(String value) {
        return tokens.findByTokenHash(TokenHasher.hash(value)).orElseThrow();
    }

    /** The user as the sign-in form would authenticate them. */
    public Authentication authentication(String username) {
        AccountPrincipal principal = tx.execute(s -> details.loadUserByUsername(username));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Puts the user in the current thread's security context; pair with {@link #signOut()}. */
    public void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(authentication(username));
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }
}
