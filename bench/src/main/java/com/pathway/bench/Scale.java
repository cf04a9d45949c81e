package com.pathway.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much work one run does. {@code small} finishes in a few minutes on two cores; {@code 1M} gives
 * the figures the targets speak of; {@code 2M} (two years) gives the dashboard's ten million history rows. Every load loop is bounded by these counts and by a time cap.
 *
 * @param label the name given on the command line
 * @param leads leads the data generator loads for the lead list
 * @param months months of history the generator spreads the leads over
 * @param inquiries inquiries sent to the intake API
 * @param inquiriesPerSecond the rate at which inquiries are offered
 * @param transitions transitions run through the engine
 * @param uiUsers simulated users of the Vaadin UI, all at once
 * @param samples requests per lead-list query
 */
public enum Scale {
    SMALL("small", 10_000, 12, 3_000, 1_000, 1_000, 50, 200),
    K100("100k", 100_000, 12, 10_000, 1_000, 3_000, 300, 500),
    M1("1M", 1_000_000, 12, 30_000, 1_000, 5_000, 300, 500),
    /** Two years of a million leads each: some eleven million history rows, for the dashboard's last 12 months. */
    M2("2M", 2_000_000, 24, 30_000, 1_000, 5_000, 300, 500);

    private final String label;
    private final int leads;
    private final int months;
    private final int inquiries;
    private final int inquiriesPerSecond;
    private final int transitions;
    private final int uiUsers;
    private final int samples;

    Scale(String label, int leads, int months, int inquiries, int inquiriesPerSecond, int transitions, int uiUsers,
            int samples) {
        this.label = label;
        this.leads = leads;
        this.months = months;
        this.inquiries = inquiries;
        this.inquiriesPerSecond = inquiriesPerSecond;
        this.transitions = transitions;
        this.uiUsers = uiUsers;
        this.samples = samples;
    }

    /** The scale named {@code text} (case does not matter: {@code small}, {@code 100k}, {@code 1M}, {@code 2M}). */
    public static Scale parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown scale '" + text + "'; use one of "
                        + Arrays.stream(values()).map(Scale::label).collect(Collectors.joining(", ")) + "."));
    }

    public String label() {
        return label;
    }

    public int leads() {
        return leads;
    }

    public int months() {
        return months;
    }

    public int inquiries() {
        return inquiries;
    }

    public int inquiriesPerSecond() {
        return inquiriesPerSecond;
    }

    public int transitions() {
        return transitions;
    }

    public int uiUsers() {
        return uiUsers;
    }

    public int samples() {
        return samples;
    }

    /** Users of the realistic UI-load profile: 300 at every scale, the count its targets speak of. */
    public int profileUsers() {
        return 300;
    }

    /** How long the realistic UI-load profile runs at a steady state: 15 minutes, 3 at {@code small}. */
    public java.time.Duration profileDuration() {
        return this == SMALL ? java.time.Duration.ofMinutes(3) : java.time.Duration.ofMinutes(15);
    }

    /** How long each step of the capacity search runs. */
    public java.time.Duration capacityStep() {
        return this == SMALL ? java.time.Duration.ofSeconds(45) : java.time.Duration.ofMinutes(2);
    }

    /** Users dragging cards on the board at once. */
    public int dragUsers() {
        return 50;
    }

    /** Drags each of them makes. */
    public int dragsPerUser() {
        return this == SMALL ? 10 : 40;
    }

    /** Accounts the data load writes for the UI scenarios: one per simulated user. */
    public int uiAccounts() {
        return Math.max(uiUsers, Math.max(profileUsers(), dragUsers()));
    }
}
