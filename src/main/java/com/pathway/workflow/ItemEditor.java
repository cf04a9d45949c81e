package com.pathway.workflow;

/** The changes a post-function may make to the item being transitioned. */
public interface ItemEditor {

    /** Sets an engine field ({@code assignee}, {@code summary}, {@code resolution}) or a plugin field. */
    void setField(String field, Object value);

    void clearField(String field);

    void assignTo(String username);

    /** Allowed only when the item is in a Done-category status. */
    void setResolution(String resolution);
}
