package com.pathway.board;

import java.util.List;

import com.pathway.workflow.AvailableTransition;

/**
 * What dropping a card on a column can do: nothing (the reason says why), run the one transition that
 * leads there, or let the user pick one of several.
 */
public record MoveOptions(List<AvailableTransition> transitions, String refusal, long version) {

    public MoveOptions {
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public boolean refused() {
        return refusal != null;
    }

    /** Exactly one transition leads to the column: run it without asking. */
    public boolean single() {
        return refusal == null && transitions.size() == 1;
    }

    /** Every transition the viewer may run now ("Move to…"), refused when there is none. */
    public static MoveOptions any(String status, List<AvailableTransition> available, long version) {
        return new MoveOptions(available, available.isEmpty() ? "No move from " + status + " is open to you now." : null,
                version);
    }

    /**
     * The transitions the viewer may run now from the item's status into one of the column's statuses.
     *
     * @param available the item's transitions the viewer may run now (conditions evaluated)
     * @param status the item's status
     * @param column the column the card was dropped on
     */
    public static MoveOptions to(BoardColumn column, String status, List<AvailableTransition> available,
            long version) {
        if (column.holds(status)) {
            return new MoveOptions(List.of(), "It is already in " + column.name() + ".", version);
        }
        List<AvailableTransition> leading = available.stream().filter(t -> column.holds(t.to()))
                .sorted(java.util.Comparator.comparingInt(t -> column.statuses().stream()
                        .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList()
                        .indexOf(t.to().toLowerCase(java.util.Locale.ROOT))))
                .toList();
        if (leading.isEmpty()) {
            return new MoveOptions(List.of(), "No move from " + status + " to " + column.name()
                    + " is open to you now" + (available.isEmpty() ? "." : "; you may: " + String.join(", ",
                            available.stream().map(t -> t.name() + " (to " + t.to() + ")").toList()) + "."), version);
        }
        return new MoveOptions(leading, null, version);
    }
}
