package com.pathway.board;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Someone a card names (its assignee): the user name and the full name shown on hover. */
public record Person(String username, String name) {

    /** Up to two initials of the full name (or of the user name when there is no full name). */
    public String initials() {
        String source = name == null || name.isBlank() ? username : name;
        if (source == null || source.isBlank()) {
            return "?";
        }
        String[] words = source.strip().split("[\\s._-]+");
        String initials = Arrays.stream(words).filter(w -> !w.isEmpty()).map(w -> w.substring(0, 1))
                .collect(Collectors.joining());
        if (initials.length() > 2) {
            initials = initials.charAt(0) + initials.substring(initials.length() - 1);
        }
        return initials.toUpperCase(Locale.ROOT);
    }

    /** The full name, or the user name when there is none. */
    public String shownName() {
        return name == null || name.isBlank() ? username : name;
    }
}
