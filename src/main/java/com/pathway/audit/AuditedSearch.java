package com.pathway.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a search is written into the audit: that a text was searched for, and its length, never the text itself
 * (it is often a name, a phone number or an e-mail address). The one place every list that takes a search text
 * goes through.
 */
public final class AuditedSearch {

    /** The detail's key. */
    public static final String KEY = "search";

    private AuditedSearch() {
    }

    /** {@code details} with the search added when {@code text} is set, e.g. {@code search: "text, 7 characters"}. */
    public static Map<String, Object> with(Map<String, Object> details, String text) {
        if (text == null || text.isBlank()) {
            return details;
        }
        Map<String, Object> all = new LinkedHashMap<>(details);
        int length = text.strip().codePointCount(0, text.strip().length());
        all.put(KEY, "text, " + length + (length == 1 ? " character" : " characters"));
        return all;
    }
}
