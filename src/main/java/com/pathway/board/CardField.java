package com.pathway.board;

/**
 * Something a card may show besides its key and title, by id: {@link #ASSIGNEE}, {@link #TAGS},
 * {@link #AGE}, or one of the plugin's facts (for leads: priority, condition of interest).
 * Administrators choose which ones the board shows.
 */
public record CardField(String id, String label) {

    public static final String ASSIGNEE = "assignee";
    public static final String TAGS = "tags";
    public static final String AGE = "age";
}
