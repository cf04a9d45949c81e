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
 * @param sessionTimeout how long a signed-in user may be idle before being signed out
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param bootstrapAdminPassword password for the first {@code admin} user when a non-demo start
 *        finds no users at all ({@code PATHWAY_ADMIN_PASSWORD})
 */
@Validated
@ConfigurationProperties("pathway.security")
public record SecurityProperties(
        @NotNull @DefaultValue("15m") Duration sessionTimeout,
        @Min(1) @DefaultValue("5") int maxFailedLogins,
        @NotNull @DefaultValue("15m") Duration lockoutDuration,
        String bootstrapAdminPassword) {
}
