package com.pathway.security;

import java.util.Map;

/**
 * Something security-relevant happened: a sign-in, a lockout, a change to a user or an API token.
 * Published synchronously, inside the transaction that made the change, so the audit trail and the
 * change commit or roll back together.
 *
 * @param action what happened, e.g. {@code LOGIN_SUCCESS}
 * @param actor who did it (the user name tried, for a failed sign-in)
 * @param subjectType what kind of record it concerns, e.g. {@code USER}
 * @param subjectId which record, or {@code null}
 * @param success whether it succeeded
 * @param clientAddress the client's address when known, or {@code null}
 * @param details small extra facts (never secrets)
 */
public record SecurityAuditEvent(String action, String actor, String subjectType, String subjectId,
        boolean success, String clientAddress, Map<String, Object> details) {

    public SecurityAuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
