package com.pathway.clinic.internal;

import java.time.Instant;

/**
 * The inquiries this node received lately: the inbox's measure of a burst. It counts those of the last second in
 * tenths of a second (each tenth's count in a slot of a ring, forgotten when the slot comes round again), and
 * remembers when the last {@value #RECENT} arrived, so that a burst is seen as soon as they came at its rate, not
 * only once a whole second of it has passed.
 */
final class RecentArrivals {

    private static final int SLOTS = 10;
    private static final long SLOT_MILLIS = 1_000 / SLOTS;
    /** How many of the latest arrivals {@link #atRate} times. */
    static final int RECENT = 10;

    /** The tenth of a second (since the epoch) that each slot counts. */
    private final long[] tenthOf = new long[SLOTS];
    private final int[] counts = new int[SLOTS];
    /** When the latest {@value #RECENT} arrived (epoch milliseconds), a ring; {@code next} is the oldest's place. */
    private final long[] latest = new long[RECENT];
    private int next;
    private long recorded;

    /** Counts one inquiry received at {@code at}. */
    synchronized void record(Instant at) {
        long millis = at.toEpochMilli();
        long tenth = millis / SLOT_MILLIS;
        int slot = (int) Math.floorMod(tenth, SLOTS);
        if (tenthOf[slot] != tenth) {
            tenthOf[slot] = tenth;
            counts[slot] = 0;
        }
        counts[slot]++;
        latest[next] = millis;
        next = (next + 1) % RECENT;
        recorded++;
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

    /**
     * Whether inquiries arrive at {@code perSecond} or faster as of {@code now}: that many came within the last
     * second, or the latest {@value #RECENT} (or {@code perSecond}, if fewer) came within the time that many take at
     * that rate, up to now. At 1,000 a second and a rate of 100, the rate is seen after ten inquiries (10 ms), not
     * after a hundred.
     */
    synchronized boolean atRate(Instant now, int perSecond) {
        if (perSecond <= 0) {
            return false;
        }
        if (lastSecond(now) >= perSecond) {
            return true;
        }
        int n = Math.min(RECENT, perSecond);
        if (recorded < n) {
            return false;
        }
        long since = now.toEpochMilli() - latest[Math.floorMod(next - n, RECENT)];
        // An arrival after now (a clock set back) counts nothing, as in lastSecond.
        return since >= 0 && since < n * 1_000L / perSecond;
    }
}
