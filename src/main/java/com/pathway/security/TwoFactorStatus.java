package com.pathway.security;

import java.time.Instant;

/**
 * The signed-in user's two-factor sign-in.
 *
 * @param enabled whether a code is asked after the password
 * @param enabledAt since when, or {@code null}
 * @param required whether the user's roles require it (then it cannot be turned off)
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(boolean enabled, Instant enabledAt, boolean required, int recoveryCodesLeft) {
}
