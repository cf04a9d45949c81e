package com.pathway.tasks.internal;

/** A task as a list checks it against the read rule before anything is shown: its id and its item's. */
public record TaskRow(long id, long itemId) {
}
