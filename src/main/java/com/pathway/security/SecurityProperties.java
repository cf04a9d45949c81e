package com.pathway.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings ({@code pathway.security.*}).
 *
 * @param sessionTimeout how long a signed-in user may be idle (no page load, no click or keystroke that
 *        reaches the server; heartbeats of an open tab do not count) before being signed out
 * @param sessionLifetime how long a sign-in lasts at most, however active the user; then the password is
 *        asked again
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param bootstrapAdminPassword password for the first {@code admin} user when a non-demo start
 *        finds no users at all ({@code PATHWAY_ADMIN_PASSWORD})
 * @param allowEval whether Vaadin's pages may run JavaScript built from text ({@code 'unsafe-eval'} in their
 *        Content-Security-Policy); off by default, since every function their client builds is listed ahead in
 *        {@code scripts/known-functions-list.js}: the way back should a page ever need one that is not listed
 */
@Validated
@ConfigurationProperties("pathway.security")
public record SecurityProperties(
        @NotNull @DefaultValue("15m") Duration sessionTimeout,
        @NotNull @DefaultValue("12h") Duration sessionLifetime,
        @Min(1) @DefaultValue("5") int maxFailedLogins,
        @NotNull @DefaultValue("15m") Duration lockoutDuration,
        String bootstrapAdminPassword,
        @DefaultValue("false") boolean allowEval) {
}
