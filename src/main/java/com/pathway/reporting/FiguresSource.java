package com.pathway.reporting;

/**
 * Where the dashboard's figures are read from. They are the same figures either way; only how long they take
 * differs, which is why the dashboard says so when it is not the summary.
 */
public enum FiguresSource {
    /** The per-lead summary, kept up to date by the leads' own changes: the fast path. */
    SUMMARY,
    /**
     * The transition history itself, while the summary is being built (after a start-up that found it out of date,
     * a data load, or a workflow published with other stages).
     */
    HISTORY_UNTIL_REBUILT,
    /** The transition history itself, always: the published workflow has more stages than the summary holds. */
    HISTORY
}
