package com.pathway.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Throttling of failed sign-ins and failed API authentications per client address
 * ({@code pathway.security.throttle.*}). An address is an IPv4 address or an IPv6 /64 network, as the
 * server sees it behind trusted proxies. Counts live in each node's memory.
 *
 * @param signInFailuresPerAddress failed sign-ins (wrong password, unknown user, locked account, wrong
 *        second-step code) one address may make per {@code signInPeriod}, whatever the accounts; then the
 *        address is refused before any password is checked until its allowance refills
 * @param signInFailuresPerAddressAndUser failed sign-ins one address may make for one account per
 *        {@code signInPeriod}
 * @param signInPeriod the period over which those allowances refill
 * @param apiFailuresPerAddress failed API authentications (unknown user, wrong, expired or revoked token) one
 *        address may make per {@code apiPeriod}; then its API requests with credentials answer 429 with
 *        {@code Retry-After} until the allowance refills
 * @param apiPeriod the period of the API allowance, and the window of the audit's summary rows
 */
@Validated
@ConfigurationProperties("pathway.security.throttle")
public record SignInThrottleProperties(
        @Min(1) @DefaultValue("20") int signInFailuresPerAddress,
        @Min(1) @DefaultValue("5") int signInFailuresPerAddressAndUser,
        @NotNull @DefaultValue("15m") Duration signInPeriod,
        @Min(1) @DefaultValue("10") int apiFailuresPerAddress,
        @NotNull @DefaultValue("1m") Duration apiPeriod) {
}
