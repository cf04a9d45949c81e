package com.pathway.security;

/**
 * What a user asks for when creating an API token: a name, how many days it lives ({@code null} for
 * {@value ApiTokenService#DEFAULT_DAYS}; 1 to {@value ApiTokenService#MAX_DAYS}) and whether it may
 * only read.
 */
public record NewApiToken(String name, Integer validDays, boolean readOnly) {

    /** A read-and-write token for the default time. */
    public static NewApiToken named(String name) {
        return new NewApiToken(name, null, false);
    }
}
