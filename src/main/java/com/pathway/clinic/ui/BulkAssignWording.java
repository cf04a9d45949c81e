package com.pathway.clinic.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.pathway.clinic.Assignee;
import com.pathway.clinic.BulkAssignment;
import com.pathway.clinic.BulkAssignment.Outcome;
import com.pathway.shared.Counts;

/**
 * The sentences of the bulk assignment dialog, plain logic beside it: what will change ("Reassign 12 leads
 * from Dana Reyes (5), Isabel Intake (4) and unassigned (3) to Morgan Manager as coordinator."), what
 * will not, and what was done.
 */
final class BulkAssignWording {

    private BulkAssignWording() {
    }

    /** The confirmation's question, or a sentence saying there is nothing to change. */
    static String question(BulkAssignment preview) {
        long changing = preview.count(Outcome.CHANGED);
        if (changing == 0) {
            return "Nothing to change.";
        }
        String role = preview.field().label().toLowerCase(Locale.ROOT);
        String verb = preview.to() == null ? "Unassign the " + role + " of " : "Reassign ";
        String leads = Counts.of(changing, "lead");
        String from = " from " + from(preview);
        return preview.to() == null ? verb + leads + from + "."
                : verb + leads + from + " to " + preview.to().displayName() + " as " + role + ".";
    }

    /** The confirm button's caption. */
    static String confirm(BulkAssignment preview) {
        long changing = preview.count(Outcome.CHANGED);
        return (preview.to() == null ? "Unassign " : "Reassign ") + Counts.of(changing, "lead");
    }

    /** The leads that stay as they are, and why; empty when every lead changes. */
    static List<String> notChanging(BulkAssignment result) {
        List<String> lines = new ArrayList<>();
        long unchanged = result.count(Outcome.UNCHANGED);
        if (unchanged > 0) {
            lines.add(Counts.of(unchanged, "lead") + " " + Counts.choose(unchanged, "is", "are") + " already "
                    + (result.to() == null ? "unassigned" : "assigned to " + result.to().displayName()) + ".");
        }
        result.lines(Outcome.REFUSED).forEach(l -> lines.add(l.key() + ": " + l.reason()));
        return lines;
    }

    /** What was done, after applying. */
    static String done(BulkAssignment result) {
        long changed = result.count(Outcome.CHANGED);
        long refused = result.count(Outcome.REFUSED);
        String done = (result.to() == null ? "Unassigned " : "Reassigned ") + Counts.of(changed, "lead") + ".";
        return refused == 0 ? done : done + " " + Counts.of(refused, "lead") + " could not be changed:";
    }

    /** "Dana Reyes (5), Isabel Intake (4) and unassigned (3)", in the order the leads came. */
    static String from(BulkAssignment preview) {
        List<String> parts = new ArrayList<>();
        for (Assignee person : preview.from()) {
            long count = preview.lines(Outcome.CHANGED).stream().filter(l -> Objects.equals(l.from(), person)).count();
            parts.add((person == null ? "unassigned" : person.displayName()) + " (" + count + ")");
        }
        if (parts.size() == 1) {
            return parts.get(0).replaceFirst(" \\(\\d+\\)$", "");
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
