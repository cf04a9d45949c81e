package com.pathway.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Two-factor sign-in settings ({@code pathway.security.mfa.*}).
 *
 * @param requiredRoles users holding any of these roles must use a second step (an authenticator app's
 *        code) and are sent to set one up after their password if they have none; by default every role.
 *        Empty: optional for everyone (the demo and the tests). Users who set one up use it either way.
 * @param issuer the name authenticator apps show beside the account
 */
@Validated
@ConfigurationProperties("pathway.security.mfa")
public record MfaProperties(
        @NotNull @DefaultValue({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CLINICIAN, Role.Names.INTAKE_COORDINATOR}) Set<Role> requiredRoles,
        @NotBlank @DefaultValue("Pathway") String issuer) {

    /** Whether someone with these roles must use a second step. */
    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }
}
