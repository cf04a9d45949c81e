package com.pathway.clinic.internal;

import java.time.Instant;

/**
 * How many inquiries this node received within the last second, counted in tenths of a second: the inbox's measure
 * of a burst. Each tenth's count is kept in a slot of a ring and forgotten when the slot comes round again.
 */
final class RecentArrivals {

    private static final int SLOTS = 10;
    private static final long SLOT_MILLIS = 1_000 / SLOTS;

    /** The tenth of a second (since the epoch) that each slot counts. */
    private final long[] tenthOf = new long[SLOTS];
    private final int[] counts = new int[SLOTS];

    /** Counts one inquiry received at {@code at}. */
    synchronized void record(Instant at) {
        long tenth = at.toEpochMilli() / SLOT_MILLIS;
        int slot = (int) Math.floorMod(tenth, SLOTS);
        if (tenthOf[slot] != tenth) {
            tenthOf[slot] = tenth;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Inquiries received in the second up to {@code now} (this tenth and the nine before it). */
    synchronized int lastSecond(Instant now) {
        long tenth = now.toEpochMilli() / SLOT_MILLIS;
        int total = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (tenthOf[slot] <= tenth && tenthOf[slot] > tenth - SLOTS) {
                total += counts[slot];
            }
        }
        return total;
    }
}
