package com.pathway.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What to generate.
 *
 * @param leads how many leads (0 to 20,000,000)
 * @param months over how many months before {@code now} their inquiries arrive (1 to 120)
 * @param seed the same seed (and the same starting database) gives the same data
 * @param now the end of the period: no timestamp lies after it
 * @param conditions the conditions of interest to choose from (the clinic's list)
 */
public record GenerationSpec(int leads, int months, long seed, Instant now, List<String> conditions) {

    /** The clinic's shipped conditions of interest ({@code pathway.clinic.conditions}). */
    public static final List<String> CLINIC_CONDITIONS = List.of("depression", "bipolar depression", "PTSD", "anxiety",
            "chronic pain", "other");

    public static final int MAX_LEADS = 20_000_000;

    public GenerationSpec {
        if (leads < 0 || leads > MAX_LEADS) {
            throw new IllegalArgumentException("leads must be between 0 and " + MAX_LEADS + ", not " + leads);
        }
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months must be between 1 and 120, not " + months);
        }
        if (now == null) {
            throw new IllegalArgumentException("now is required");
        }
        now = now.truncatedTo(ChronoUnit.SECONDS);
        conditions = conditions == null || conditions.isEmpty() ? CLINIC_CONDITIONS : List.copyOf(conditions);
    }

    public GenerationSpec(int leads, int months, long seed, Instant now) {
        this(leads, months, seed, now, null);
    }
}
