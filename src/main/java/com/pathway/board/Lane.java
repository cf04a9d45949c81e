package com.pathway.board;

/**
 * One swimlane: the cards whose lane field ({@code field}, e.g. {@code source}) has {@code value}
 * ({@code ""} for none, such as "unassigned"), or every card when {@code field} is {@code null}.
 */
public record Lane(String field, String value, String label) {

    public static final Lane ALL = new Lane(null, null, "All");

    public boolean isAll() {
        return field == null;
    }
}
