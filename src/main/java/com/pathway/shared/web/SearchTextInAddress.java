package com.pathway.shared.web;

import com.pathway.shared.InvalidInputException;

/**
 * The API's rule for a search text: never in the address. A name, a phone number or an e-mail address in a URL
 * ends up in the logs of proxies, load balancers and clients, and in their histories, which no audit can reach.
 * So the operations that list or count health data by a text refuse {@value #PARAMETER} in the query string, by
 * name, and point to their {@code POST …/search} twin, which takes the same filters in a JSON body.
 */
public final class SearchTextInAddress {

    /** The name of the search text, in the query string (refused) and in the JSON bodies (taken). */
    public static final String PARAMETER = "q";

    private SearchTextInAddress() {
    }

    /**
     * Refuses a search text given in the address (a blank one says nothing and passes); {@code instead} names the
     * operation that takes it, e.g. {@code POST /api/v1/leads/search}.
     */
    public static void refuse(String text, String instead) {
        if (text != null && !text.isBlank()) {
            throw InvalidInputException.of(PARAMETER, "A search text is not taken in the address, where proxies and "
                    + "logs keep it: send it as \"" + PARAMETER + "\" in the JSON body of " + instead + ".");
        }
    }
}
