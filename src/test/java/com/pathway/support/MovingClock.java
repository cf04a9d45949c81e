package com.pathway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock in UTC that stands still until a test moves or sets it, or that climbs by a step at each reading up to a
 * height ({@link #climb}), for code that reads the time several times in one call.
 */
public final class MovingClock extends Clock {

    private Instant now;
    private Duration step = Duration.ZERO;
    private Instant top;

    public MovingClock(Instant start) {
        now = start;
    }

    /** Stands still at {@code at}. */
    public synchronized void set(Instant at) {
        now = at;
        step = Duration.ZERO;
    }

    /** Stands still {@code by} later than now. */
    public synchronized void move(Duration by) {
        set(now.plus(by));
    }

    /** From {@code from}, moves {@code by} after each reading until it stands at {@code upTo}. */
    public synchronized void climb(Instant from, Duration by, Instant upTo) {
        now = from;
        step = by;
        top = upTo;
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        if (!step.isZero() && now.isBefore(top)) {
            now = now.plus(step);
        }
        return read;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
