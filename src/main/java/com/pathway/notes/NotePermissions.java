package com.pathway.notes;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;

/**
 * Whether the signed-in user may do a {@link NoteAction}, for services (method security through the
 * expressions below), views (which only hide) and the API; and the one rule of which notes a user reads,
 * {@link #visibleTo(Set)}, that every query of notes applies (list, count, pinned, timeline, changes).
 */
@Component("notePermissions")
public class NotePermissions {

    public static final String READ = "isAuthenticated() and @notePermissions.mayRead()";
    public static final String WRITE = "isAuthenticated() and @notePermissions.mayWrite()";

    private final CurrentUser currentUser;

    public NotePermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The visibilities of the notes a user with these roles reads; empty for administrators. */
    public static Set<NoteVisibility> visibleTo(Set<Role> roles) {
        Set<NoteVisibility> visible = EnumSet.noneOf(NoteVisibility.class);
        for (NoteVisibility v : NoteVisibility.values()) {
            if (NoteAction.read(v).allows(roles)) {
                visible.add(v);
            }
        }
        return visible;
    }

    /** The visibilities of the notes the signed-in user reads. */
    public Set<NoteVisibility> visible() {
        return visibleTo(currentUser.roles());
    }

    public boolean may(NoteAction action) {
        return action.allows(currentUser.roles());
    }

    /** Whether the user reads any notes at all (general ones at least). */
    public boolean mayRead() {
        return may(NoteAction.READ_GENERAL);
    }

    /** Whether the user writes any notes at all (general ones at least). */
    public boolean mayWrite() {
        return may(NoteAction.WRITE_GENERAL);
    }

    public boolean mayWrite(NoteVisibility visibility) {
        return may(NoteAction.write(visibility));
    }
}
