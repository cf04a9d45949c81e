package com.pathway.shared;

import java.util.Locale;

import org.springframework.data.domain.Pageable;

/**
 * The one rule for how far a page may reach, for the API and for every service that pages. Far beyond
 * any list a clinic scrolls or pages through (the app is measured at a million leads), it refuses
 * nonsense such as {@code page=99999999}, whose offset overflows the database driver's and would
 * otherwise end in a 500. Past it, narrow the filter (or export) instead.
 */
public final class PageBounds {

    /** The most rows a page may skip. */
    public static final long MAX_OFFSET = 10_000_000;

    /** The largest page the API hands out. */
    public static final int MAX_SIZE = 200;

    private PageBounds() {
    }

    /** Refuses a page that would skip more than {@link #MAX_OFFSET} rows, naming {@code page}. */
    public static void check(Pageable pageable) {
        if (pageable != null && pageable.isPaged() && pageable.getOffset() > MAX_OFFSET) {
            throw InvalidInputException.of("page", pageMessage(pageable.getPageSize()));
        }
    }

    /**
     * Checks the API's {@code page} and {@code size} together, collecting both problems: a page of 0 or more
     * that skips at most {@link #MAX_OFFSET} rows, and a size from 1 to {@link #MAX_SIZE}.
     */
    public static void checkRequest(long page, long size) {
        boolean sizeOk = size >= 1 && size <= MAX_SIZE;
        new Validation()
                .check(page >= 0, "page", "Use a page of 0 or more.")
                .check(!sizeOk || page < 0 || page <= MAX_OFFSET / size, "page", sizeOk ? pageMessage(size) : "")
                .check(sizeOk, "size", "Use a size between 1 and " + MAX_SIZE + ".")
                .throwIfInvalid();
    }

    static String pageMessage(long size) {
        return String.format(Locale.ROOT, "Use a page of at most %,d with a size of %d: a page may skip at most %,d"
                + " rows. Narrow the filters to reach later rows.", MAX_OFFSET / size, size, MAX_OFFSET);
    }
}
