package com.pathway.workflow;

/** Jira's three status categories; boards and reports group statuses by them. */
public enum StatusCategory {
    TODO, IN_PROGRESS, DONE
}
