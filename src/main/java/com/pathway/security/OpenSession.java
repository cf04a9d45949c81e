package com.pathway.security;

import java.time.Instant;

/**
 * One of the signed-in user's open sessions, as their profile lists it.
 *
 * @param handle an opaque name for the session (never its cookie value)
 * @param signedInAt when the user signed in
 * @param lastActivity the last page load or user action (heartbeats do not count)
 * @param clientAddress the address the sign-in came from
 * @param browser the browser's own description of itself
 * @param current whether this is the session of the request asking
 */
public record OpenSession(String handle, Instant signedInAt, Instant lastActivity, String clientAddress,
        String browser, boolean current) {
}
