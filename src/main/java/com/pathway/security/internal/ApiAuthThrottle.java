package com.pathway.security.internal;

import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import com.pathway.security.SignInThrottleProperties;
import com.pathway.shared.ClientRateLimiter;
import com.pathway.shared.FailureLimiter;

/**
 * Failed API authentications per client address: each failure takes from the address's allowance
 * ({@link SignInThrottleProperties#apiFailuresPerAddress()} per {@link SignInThrottleProperties#apiPeriod()}),
 * and is tallied into the audit's summary row for the address ({@link AuthFailureSummaries}) rather than
 * written as a row of its own. While the allowance is used up, every API request from the address that carries
 * credentials is refused before they are checked, a good token included: checking it would let a flood go on
 * testing tokens, and the allowance refills within the period.
 */
@Component
public class ApiAuthThrottle {

    /** The audit action of the summary rows. */
    public static final String ACTION = "API_AUTH_FAILURES";
    static final String REFUSED = "refused while throttled";

    private final FailureLimiter limiter;
    private final AuthFailureSummaries summaries;

    public ApiAuthThrottle(SignInThrottleProperties properties, AuthFailureSummaries summaries) {
        this.limiter = new FailureLimiter(properties.apiFailuresPerAddress(), properties.apiPeriod());
        this.summaries = summaries;
    }

    /**
     * Whether requests with credentials from the address are refused now: the whole seconds to wait, or empty.
     * A refusal is tallied into the address's summary.
     */
    public OptionalLong refuse(String address, String username) {
        OptionalLong wait = limiter.refused(ClientRateLimiter.clientKey(address));
        if (wait.isPresent()) {
            summaries.add(ACTION, address, username, REFUSED);
        }
        return wait;
    }

    /** Counts a failed authentication from the address. */
    public void failed(String address, String username, String reason) {
        limiter.failed(ClientRateLimiter.clientKey(address));
        summaries.add(ACTION, address, username, reason);
    }
}
