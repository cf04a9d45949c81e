package com.pathway.clinic.internal;

import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import com.pathway.clinic.InquiryProperties;
import com.pathway.shared.ClientRateLimiter;

/**
 * The public inquiry API's allowance: so many inquiries per client address (IPv6 by /64) per period,
 * and a ceiling for all addresses together ({@link ClientRateLimiter}).
 */
@Component
public class InquiryRateLimiter {

    private final ClientRateLimiter limiter;

    public InquiryRateLimiter(InquiryProperties properties) {
        this.limiter = new ClientRateLimiter(properties.requestsPerAddress(), properties.globalRequests(),
                properties.period());
    }

    /** Takes one request from the address's allowance; when none is left, the seconds to wait. */
    public OptionalLong tryAcquire(String clientAddress) {
        return limiter.tryAcquire(clientAddress);
    }
}
