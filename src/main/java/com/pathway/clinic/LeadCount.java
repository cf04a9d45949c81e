package com.pathway.clinic;

/**
 * How many leads a filter matches, counted up to a bound: {@code atLeast} says there are more than
 * {@code value} (the bound), e.g. "10,000+".
 */
public record LeadCount(long value, boolean atLeast) {

    /** "307", "10,000+". */
    public String text() {
        return String.format(java.util.Locale.ROOT, "%,d", value) + (atLeast ? "+" : "");
    }
}
