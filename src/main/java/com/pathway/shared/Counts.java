package com.pathway.shared;

/**
 * A number with its noun in the right form ("1 row", "0 rows", "2 leads"), so that no message
 * says "1 rows" or "1 have errors". English only, as the rest of the pages.
 */
public final class Counts {

    private Counts() {
    }

    /** {@code count} and the noun, singular exactly when the count is one. */
    public static String of(long count, String singular, String plural) {
        return count + " " + choose(count, singular, plural);
    }

    /** {@code count} and a regular noun, which takes an "s" when the count is not one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** The word that agrees with {@code count}, e.g. a verb: {@code choose(n, "has", "have")}. */
    public static String choose(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
