package com.pathway.reporting.internal;

import com.pathway.reporting.Cell;

/**
 * The small-number rule applied to each figure: with a limit, a count of people from 1 to limit − 1 is
 * withheld, and so is any rate or time computed from one (zero is shown: it identifies nobody). Without
 * a limit every figure is shown.
 */
public record Masker(Integer limit) {

    public static Masker none() {
        return new Masker(null);
    }

    private boolean small(long people) {
        return limit != null && people > 0 && people < limit;
    }

    public Cell count(long people) {
        return small(people) ? Cell.SUPPRESSED : Cell.of(people);
    }

    /** {@code part} of {@code whole} in percent to one decimal; empty when the whole is zero. */
    public Cell rate(long part, long whole) {
        if (whole == 0) {
            return Cell.EMPTY;
        }
        if (small(part) || small(whole)) {
            return Cell.SUPPRESSED;
        }
        return Cell.of(Math.round(1000.0 * part / whole) / 10.0);
    }

    /** A statistic (a median, in hours to one decimal) over {@code people}; empty when there are none. */
    public Cell statistic(long people, Double value) {
        if (people == 0 || value == null) {
            return Cell.EMPTY;
        }
        return small(people) ? Cell.SUPPRESSED : Cell.of(Math.round(value * 10) / 10.0);
    }
}
