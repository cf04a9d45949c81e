package com.pathway.clinic;

import com.pathway.security.StaffMember;

/**
 * A person a lead is (or may be) assigned to, as pickers and the lead page name them.
 *
 * @param active whether the account is active; a lead may still name someone deactivated since
 */
public record Assignee(String username, String displayName, boolean active) {

    public static Assignee of(StaffMember member) {
        return new Assignee(member.username(), member.displayName(), member.active());
    }

    /** A user name no account has (any more): shown as it is. */
    public static Assignee unknown(String username) {
        return new Assignee(username, username, false);
    }

    /** "Dana Reyes", or "Dana Reyes (deactivated)". */
    public String shown() {
        return active ? displayName : displayName + " (deactivated)";
    }
}
