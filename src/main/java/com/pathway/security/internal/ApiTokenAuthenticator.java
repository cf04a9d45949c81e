package com.pathway.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.AccountPrincipal;

/**
 * Checks HTTP Basic credentials on the API: the user name and one of that user's active API tokens.
 * A password is never accepted here. A failure is counted against the client's address and summarised in the
 * audit per address and window ({@link ApiAuthThrottle}), not written row by row. Deliberately not a Spring bean of type
 * {@link AuthenticationProvider}, so the sign-in form cannot fall back to it.
 */
@Component
public class ApiTokenAuthenticator {

    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final AccountDetailsService accounts;
    private final ApiAuthThrottle throttle;
    private final Clock clock;

    public ApiTokenAuthenticator(UserAccountRepository users, ApiTokenRepository tokens,
            AccountDetailsService accounts, ApiAuthThrottle throttle, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    public AuthenticationProvider asProvider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress() : null;
                return ApiTokenAuthenticator.this.authenticate(authentication.getName(),
                        String.valueOf(authentication.getCredentials()), address);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    @Transactional
    public Authentication authenticate(String username, String tokenValue) {
        return authenticate(username, tokenValue, null);
    }

    /** Checks the credentials sent from {@code address} (the client's, or {@code null} when unknown). */
    @Transactional
    public Authentication authenticate(String username, String tokenValue, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        UserAccount user = users.findByUsername(name).filter(UserAccount::isActive).orElse(null);
        ApiToken token = tokenValue == null ? null : tokens.findByTokenHash(TokenHasher.hash(tokenValue))
                .filter(ApiToken::isActive)
                .orElse(null);
        if (user == null || token == null || token.getUserId() != user.getId()) {
            fail(address, name, "unknown user or token");
            throw new BadCredentialsException("Unknown user or API token");
        }
        if (user.isLockedAt(now)) {
            fail(address, name, "account locked");
            throw new LockedException("Account locked");
        }
        if (token.isExpiredAt(now)) {
            fail(address, name, "token expired");
            throw new CredentialsExpiredException("API token expired");
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
            token.markUsed(now);
            // Saved explicitly: the provider calls this method on the bean itself, not through its
            // transactional proxy, so the token is not managed by a persistence context here.
            tokens.save(token);
        }
        AccountPrincipal principal = accounts.toPrincipal(user);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        if (token.isReadOnly()) {
            authorities.add(new SimpleGrantedAuthority(ApiToken.READ_ONLY_AUTHORITY));
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private void fail(String address, String username, String reason) {
        throttle.failed(address, username, reason);
    }
}
