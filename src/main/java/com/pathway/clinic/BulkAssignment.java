package com.pathway.clinic;

import java.util.ArrayList;
import java.util.List;

/**
 * Many leads given one coordinator or clinician at once, lead by lead: before (what would change,
 * {@code applied} false) or after ({@code applied} true). Each line names the lead only by its key and
 * its assignee before, never by patient data.
 *
 * @param to the person the leads go to, or {@code null} when the field is cleared
 */
public record BulkAssignment(AssignmentField field, Assignee to, List<Line> lines, boolean applied) {

    /** What happens (or happened) to one lead. */
    public enum Outcome {
        /** Assigned (or, before applying, would be). */
        CHANGED,
        /** Already assigned to that person: nothing to do. */
        UNCHANGED,
        /** Not done; {@link Line#reason()} says why. */
        REFUSED
    }

    /**
     * @param from who held the field before, or {@code null}; also {@code null} when the lead could not be read
     * @param reason why it was refused, or {@code null}
     */
    public record Line(String key, Assignee from, Outcome outcome, String reason) {
    }

    public BulkAssignment {
        lines = List.copyOf(lines);
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public List<Line> lines(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).toList();
    }

    /** The distinct people the changing leads go from (an unassigned lead adds {@code null}), in order. */
    public List<Assignee> from() {
        List<Assignee> from = new ArrayList<>();
        lines(Outcome.CHANGED).forEach(l -> {
            if (!from.contains(l.from())) {
                from.add(l.from());
            }
        });
        return from;
    }
}
