package com.pathway.demo.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import com.pathway.demo.GenerationSpec;
import com.pathway.demo.internal.JourneyModel.Walk;

/**
 * The leads of one specification, each a pure function of the seed and its index: inquiries arrive
 * evenly over the months (lead 0 the oldest, so item numbers follow creation), about one in
 * twenty-five repeats an earlier person and is closed as a duplicate.
 */
public final class Journeys {

    private static final double DUPLICATE_RATE = 0.04;
    private static final int DUPLICATE_LOOKBACK = 2000;

    private final GenerationSpec spec;
    private final JourneyModel model;
    private final long start;
    private final long span;

    public Journeys(WorkflowPaths paths, GenerationSpec spec) {
        this.spec = spec;
        this.model = new JourneyModel(paths);
        Instant from = spec.now().atZone(ZoneOffset.UTC).minusMonths(spec.months()).toInstant();
        this.start = from.getEpochSecond();
        this.span = spec.now().getEpochSecond() - start;
    }

    public Journey journey(long index) {
        SplittableRandom random = random(index);
        Instant created = created(index, random);
        long original = duplicateOf(index, random);
        Person person = People.person(spec.seed(), personIndex(original < 0 ? index : original), spec.now());
        Inquiry inquiry = Inquiries.inquiry(random, created, spec.conditions(), Referrers.ALL.size());
        Walk walk = model.walk(random, created, spec.now(), inquiry.reporter(), original >= 0);
        return new Journey(index, person, inquiry, walk.steps, walk.changes, walk.assignee, walk.clinician,
                walk.screeningOutcome, walk.screeningAt, original >= 0);
    }

    /** The index whose person this lead is: its own, or that of the first inquiry of a duplicate. */
    long personIndex(long index) {
        long current = index;
        while (true) {
            SplittableRandom random = random(current);
            created(current, random);
            long original = duplicateOf(current, random);
            if (original < 0) {
                return current;
            }
            current = original;
        }
    }

    private SplittableRandom random(long index) {
        return new SplittableRandom(Seeds.mix(spec.seed(), index));
    }

    private Instant created(long index, SplittableRandom random) {
        double position = (index + random.nextDouble()) / Math.max(1, spec.leads());
        return Instant.ofEpochSecond(start + (long) Math.floor(position * span));
    }

    private static long duplicateOf(long index, SplittableRandom random) {
        boolean duplicate = random.nextDouble() < DUPLICATE_RATE;
        long back = 1 + random.nextInt(DUPLICATE_LOOKBACK);
        return duplicate && index > 0 ? Math.max(0, index - back) : -1;
    }
}
