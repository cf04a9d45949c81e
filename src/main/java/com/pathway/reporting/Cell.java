package com.pathway.reporting;

/**
 * One figure of a report: a number, or nothing when it is withheld by the small-number rule
 * ({@code suppressed}: it counts, or was computed from, fewer people than the limit) or has no value.
 */
public record Cell(Double value, boolean suppressed) {

    public static final Cell EMPTY = new Cell(null, false);
    public static final Cell SUPPRESSED = new Cell(null, true);

    public static Cell of(double value) {
        return new Cell(value, false);
    }

    public static Cell ofNullable(Double value) {
        return value == null ? EMPTY : of(value);
    }

    /** The value as a long (0 when there is none). */
    public long asLong() {
        return value == null ? 0 : Math.round(value);
    }
}
