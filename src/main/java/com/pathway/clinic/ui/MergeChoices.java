package com.pathway.clinic.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.pathway.clinic.FieldDifference;
import com.pathway.clinic.LeadComparison;
import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.MergeRequest;

/**
 * The choices of the merge view, without Vaadin: which lead survives by default, which value each
 * differing field keeps by default, what the merge changes on the survivor, and the request that
 * says exactly that. Defaults never lose data: the older lead survives (the more complete one when
 * both were created at the same moment), and each field keeps the survivor's value, or the other
 * lead's where the survivor has none. A field ends up empty only when its empty side is chosen.
 */
final class MergeChoices {

    enum Side { LEFT, RIGHT;

        Side other() {
            return this == LEFT ? RIGHT : LEFT;
        }
    }

    /** One line of the confirmation: a field of the survivor, its value now and after the merge. */
    record Change(String field, String label, String before, String after) {

        boolean empties() {
            return after.isEmpty();
        }
    }

    private final LeadComparison comparison;

    MergeChoices(LeadComparison comparison) {
        this.comparison = comparison;
    }

    /** The older lead; when both are as old, the one with more values filled in; else the left. */
    Side defaultSurvivor() {
        int age = comparison.left().createdAt().compareTo(comparison.right().createdAt());
        if (age != 0) {
            return age < 0 ? Side.LEFT : Side.RIGHT;
        }
        long left = comparison.differences().stream().filter(d -> !d.leftValue().isEmpty()).count();
        long right = comparison.differences().stream().filter(d -> !d.rightValue().isEmpty()).count();
        return right > left ? Side.RIGHT : Side.LEFT;
    }

    /** Why {@link #defaultSurvivor()} is suggested, in words for the view. */
    String defaultSurvivorReason() {
        return comparison.left().createdAt().equals(comparison.right().createdAt()) ? "the more complete lead"
                : "the older lead";
    }

    /** Each differing field's default: the survivor's value, or the other's where the survivor's is empty. */
    Map<String, Side> defaults(Side survivor) {
        Map<String, Side> choices = new LinkedHashMap<>();
        for (FieldDifference d : comparison.differences()) {
            choices.put(d.field(), value(d, survivor).isEmpty() ? survivor.other() : survivor);
        }
        return choices;
    }

    /** The sides a field may take: an empty side only where the field may be emptied. */
    List<Side> options(FieldDifference d) {
        List<Side> sides = new ArrayList<>(List.of(Side.LEFT, Side.RIGHT));
        if (!d.mayEmpty()) {
            sides.removeIf(s -> value(d, s).isEmpty());
        }
        return sides;
    }

    /** What the merge changes on the survivor, field by field, in the form's order. */
    List<Change> changes(Side survivor, Map<String, Side> choices) {
        List<Change> changes = new ArrayList<>();
        for (FieldDifference d : comparison.differences()) {
            String before = value(d, survivor);
            String after = value(d, choice(d, survivor, choices));
            if (!before.equals(after)) {
                changes.add(new Change(d.field(), d.label(), before, after));
            }
        }
        return changes;
    }

    /** The merge as chosen: every differing field named, so the service does exactly what was confirmed. */
    MergeRequest request(Side survivor, Map<String, Side> choices) {
        Set<String> take = new LinkedHashSet<>();
        Set<String> empty = new LinkedHashSet<>();
        for (FieldDifference d : comparison.differences()) {
            Side chosen = choice(d, survivor, choices);
            if (value(d, chosen).isEmpty()) {
                if (!value(d, survivor).isEmpty() || !value(d, survivor.other()).isEmpty()) {
                    empty.add(d.field());
                }
            } else if (chosen != survivor) {
                take.add(d.field());
            }
        }
        LeadDetails kept = lead(survivor);
        LeadDetails closed = lead(survivor.other());
        return new MergeRequest(kept.key(), kept.version(), closed.key(), closed.version(), take, empty);
    }

    LeadDetails lead(Side side) {
        return side == Side.LEFT ? comparison.left() : comparison.right();
    }

    /** The chosen side, or the default where none was chosen or the choice is not offered. */
    private Side choice(FieldDifference d, Side survivor, Map<String, Side> choices) {
        Side chosen = choices.get(d.field());
        if (chosen == null || !options(d).contains(chosen)) {
            return value(d, survivor).isEmpty() ? survivor.other() : survivor;
        }
        return chosen;
    }

    private static String value(FieldDifference d, Side side) {
        return side == Side.LEFT ? d.leftValue() : d.rightValue();
    }
}
