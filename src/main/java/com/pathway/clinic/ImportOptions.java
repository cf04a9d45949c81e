package com.pathway.clinic;

/**
 * How to read an imported file's values.
 *
 * @param defaultSource the source of leads whose row names none
 * @param dayFirst whether dates such as 04/05/1980 are day first (4 May) rather than month first (April 5)
 */
public record ImportOptions(LeadSource defaultSource, boolean dayFirst) {

    public static ImportOptions defaults() {
        return new ImportOptions(LeadSource.OTHER, false);
    }
}
