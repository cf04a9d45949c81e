package com.pathway.demo.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Staff act in the clinic's working day: between 13:00 and 23:00 UTC (morning to evening in US zones). */
final class WorkingHours {

    private WorkingHours() {
    }

    /** A moment in working hours on the day {@code seconds} after {@code from}, and always after it. */
    static Instant after(Instant from, long seconds, SplittableRandom random) {
        Instant day = from.plusSeconds(seconds).truncatedTo(ChronoUnit.DAYS);
        Instant at = day.plusSeconds(13 * 3600 + random.nextInt(10 * 3600));
        if (!at.isAfter(from)) {
            at = from.plusSeconds(600 + random.nextInt(3 * 3600));
        }
        return at;
    }
}
