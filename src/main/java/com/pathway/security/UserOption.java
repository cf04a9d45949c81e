package com.pathway.security;

/** A user as a picker offers them: the user name that is stored and the name people read. */
public record UserOption(String username, String displayName) {

    /** "Dr Ada Lovelace (ada)", or the user name alone when it is the display name too. */
    public String label() {
        return displayName == null || displayName.isBlank() || displayName.equals(username) ? username
                : displayName + " (" + username + ")";
    }
}
