package com.pathway.clinic;

import java.util.List;

/**
 * Closing many selected leads at once, before and after.
 */
public final class BulkClose {

    private BulkClose() {
    }

    /** Why one lead was not (or will not be) closed, in words for the person who selected it. */
    public record Refusal(String key, String reason) {
    }

    /**
     * What closing the selection would do: the transition and resolution, the leads it will try to
     * close (each still passes the workflow's conditions and validators when it runs) and the leads it
     * leaves as they are, with why.
     */
    public record Plan(String transition, String resolution, List<String> closing, List<Refusal> leftAsTheyAre) {

        public Plan {
            closing = List.copyOf(closing);
            leftAsTheyAre = List.copyOf(leftAsTheyAre);
        }
    }

    /** What closing did: the leads closed, and every lead refused with the reason (none is dropped silently). */
    public record Result(String resolution, List<String> closed, List<Refusal> refused) {

        public Result {
            closed = List.copyOf(closed);
            refused = List.copyOf(refused);
        }
    }
}
