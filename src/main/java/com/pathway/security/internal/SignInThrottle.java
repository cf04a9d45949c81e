package com.pathway.security.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pathway.security.SecurityProperties;
import com.pathway.security.SignInThrottleProperties;
import com.pathway.shared.ClientRateLimiter;
import com.pathway.shared.FailureLimiter;

/**
 * Keeps one client address from locking someone else's account at will, and from guessing at length.
 * Two rules work together:
 * <ol>
 * <li>Failed sign-ins are counted per address (all accounts together) and per address and account; once an
 * allowance is used up, that address is refused before any password is checked (and before the account's
 * counter is touched) until the allowance refills over the period.</li>
 * <li>An account's lockout counter counts each address once per lockout duration: a run of failures from one
 * address (a forgotten password, or someone trying to lock a colleague out) never locks the account; failures
 * from {@link SecurityProperties#maxFailedLogins()} different addresses (a spread-out guessing attack) do.</li>
 * </ol>
 * A failure without a known address (no request, as in a job or a test calling the service) is not
 * throttled and always counts towards the lockout, as before addresses were counted. Counts live in this
 * node's memory.
 */
@Component
public class SignInThrottle {

    private final FailureLimiter byAddress;
    private final FailureLimiter byAddressAndUser;
    private final Cache<String, Set<String>> failedAddresses;

    public SignInThrottle(SignInThrottleProperties throttle, SecurityProperties security) {
        this.byAddress = new FailureLimiter(throttle.signInFailuresPerAddress(), throttle.signInPeriod());
        this.byAddressAndUser = new FailureLimiter(throttle.signInFailuresPerAddressAndUser(), throttle.signInPeriod());
        this.failedAddresses = Caffeine.newBuilder()
                .maximumSize(ClientRateLimiter.DEFAULT_MAX_CLIENTS)
                .expireAfterWrite(max(security.lockoutDuration(), Duration.ofMinutes(1)))
                .build();
    }

    /** The whole seconds to wait before this address may try to sign in to this account, or empty. */
    public OptionalLong refused(String address, String username) {
        if (address == null) {
            return OptionalLong.empty();
        }
        String client = ClientRateLimiter.clientKey(address);
        OptionalLong any = byAddress.refused(client);
        return any.isPresent() ? any : byAddressAndUser.refused(pair(client, username));
    }

    /**
     * Counts a failed sign-in (or second step) from the address for the account; returns whether it counts
     * towards the account's lockout (the first failure of this address for the account in the lockout duration).
     */
    public boolean failed(String address, String username) {
        if (address == null) {
            return true;
        }
        String client = ClientRateLimiter.clientKey(address);
        byAddress.failed(client);
        byAddressAndUser.failed(pair(client, username));
        return failedAddresses.get(normalised(username), k -> ConcurrentHashMap.newKeySet()).add(client);
    }

    /** The account signed in: its addresses start over. */
    public void succeeded(String username) {
        failedAddresses.invalidate(normalised(username));
    }

    private static String pair(String client, String username) {
        return client + " " + normalised(username);
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
