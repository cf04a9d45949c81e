package com.pathway.clinic.outcomes;

/** A severity band of the clinic's: totals from {@code minScore} up to the next band's start. */
public record Band(int minScore, String label) {
}
