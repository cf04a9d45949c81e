package com.pathway.security;

/** How a code given at the second step of signing in was taken. */
public enum SecondStepResult {
    /** A current code or an unused recovery code: the sign-in is complete. */
    VERIFIED,
    /** Not a valid code; the attempt counts towards the lockout. */
    WRONG_CODE,
    /** Too many failed sign-ins came from the client's address: the code was not checked; try again later. */
    THROTTLED,
    /** The account is locked (by this or earlier attempts): the session must end. */
    LOCKED
}
