package com.pathway.security;

/** A token just created: the only time its value is available. */
public record CreatedApiToken(ApiTokenSummary token, String value) {
}
