package com.pathway.tasks;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;

/**
 * Whether the signed-in user may do a {@link TaskAction}, for services (method security through the
 * expressions below), views (which only hide) and the API.
 */
@Component("taskPermissions")
public class TaskPermissions {

    public static final String VIEW = "isAuthenticated() and @taskPermissions.may(T(com.pathway.tasks.TaskAction).VIEW)";
    public static final String MANAGE = "isAuthenticated() and @taskPermissions.may(T(com.pathway.tasks.TaskAction).MANAGE)";
    public static final String MANAGE_TEAM =
            "isAuthenticated() and @taskPermissions.may(T(com.pathway.tasks.TaskAction).MANAGE_TEAM)";

    private final CurrentUser currentUser;

    public TaskPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean may(TaskAction action) {
        for (Role role : currentUser.roles()) {
            if (action.roles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the user may create or change a task of this type with this assignee on a lead they may
     * read: intake coordinators and managers any; clinicians their own and clinical ones.
     */
    public boolean mayChange(TaskType type, String assignee) {
        if (may(TaskAction.CHANGE_ANY)) {
            return true;
        }
        if (!may(TaskAction.MANAGE)) {
            return false;
        }
        return type.clinical() || isMe(assignee);
    }

    public boolean mayChange(TaskView task) {
        return task.isOpen() && mayChange(task.type(), task.assignee());
    }

    public boolean isMe(String username) {
        return username != null && currentUser.username()
                .map(me -> me.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))).orElse(false);
    }
}
