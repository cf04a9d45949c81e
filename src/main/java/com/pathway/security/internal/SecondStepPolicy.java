package com.pathway.security.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.MfaProperties;

/**
 * Decides, when a password was accepted, what the sign-in still needs: a second step, and whether the
 * password must be changed first (an administrator set it).
 */
@Component
public class SecondStepPolicy {

    /** What a sign-in still needs after the password. */
    public enum SecondStep {
        /** Nothing: the sign-in is complete. */
        NONE,
        /** A code from the user's authenticator app (or a recovery code). */
        CODE,
        /** The user's roles require a second step they have not set up: set-up first. */
        ENROL
    }

    private final UserAccountRepository users;
    private final MfaProperties mfa;

    public SecondStepPolicy(UserAccountRepository users, MfaProperties mfa) {
        this.users = users;
        this.mfa = mfa;
    }

    /** Whether the user's password was set by an administrator, so they must choose their own after signing in. */
    @Transactional(readOnly = true)
    public boolean passwordMustChange(String username) {
        return users.findByUsername(username).map(UserAccount::isPasswordMustChange).orElse(false);
    }

    @Transactional(readOnly = true)
    public SecondStep after(String username) {
        return users.findByUsername(username).map(user -> {
            if (user.hasTwoFactor()) {
                return SecondStep.CODE;
            }
            return mfa.requiredFor(user.getRoles()) ? SecondStep.ENROL : SecondStep.NONE;
        }).orElse(SecondStep.NONE);
    }
}
