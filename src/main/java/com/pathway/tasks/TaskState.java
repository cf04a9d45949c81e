package com.pathway.tasks;

/** A task is open until someone marks it done or cancels it; neither can be undone. */
public enum TaskState {
    OPEN, DONE, CANCELLED
}
