package com.pathway.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The version a change names in {@code If-Match}, for every API that guards a record with its version. */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}); without one a
     * 428, and a header that holds no number a 400, each a problem naming the {@code record} ("lead").
     */
    public static long version(String ifMatch, String record) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, Problems.problem(
                    HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "Precondition required",
                    "Send the " + record + "'s ETag as If-Match, so that no one else's changes are overwritten."), null);
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.problem(HttpStatus.BAD_REQUEST,
                    "bad-request", "Bad request", "If-Match must hold the ETag of the " + record + ", e.g. \"3\"."), e);
        }
    }
}
