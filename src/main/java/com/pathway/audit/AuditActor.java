package com.pathway.audit;

/**
 * Someone the audit trail can be filtered by: an account, or a name only the trail knows (the system,
 * a removed account, a name typed at a failed sign-in).
 *
 * @param username what entries store as their actor
 * @param displayName the account's name, or {@code null} when no account has this user name
 */
public record AuditActor(String username, String displayName) {

    /** "Dana Reyes (dana)", or the user name alone. */
    public String label() {
        return displayName == null || displayName.isBlank() ? username : displayName + " (" + username + ")";
    }
}
