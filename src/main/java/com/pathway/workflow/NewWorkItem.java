package com.pathway.workflow;

/**
 * A request to create a work item; the reporter is the current user.
 *
 * @param project the project key, e.g. {@code PW}
 * @param type one of the project's item types
 * @param summary a one-line title (1 to 255 characters)
 * @param assignee a user name, or {@code null}
 */
public record NewWorkItem(String project, String type, String summary, String assignee) {
}
