package com.pathway.notes.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mention being typed at the end of a note ("… ask @da") and the text with it completed: plain logic
 * beside the editor, tested without Spring.
 */
final class MentionDraft {

    private static final Pattern TYPING = Pattern.compile("(?:^|(?<=[\\s(\\[]))@([A-Za-z0-9][A-Za-z0-9._-]{0,63})?$");

    private MentionDraft() {
    }

    /** What follows the {@code @} being typed at the end of {@code text} (possibly empty), if one is. */
    static Optional<String> typing(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TYPING.matcher(text);
        return m.find() ? Optional.of(m.group(1) == null ? "" : m.group(1)) : Optional.empty();
    }

    /** The text with the mention being typed replaced by {@code @username} and a space. */
    static String complete(String text, String username) {
        Optional<String> partial = typing(text);
        if (partial.isEmpty()) {
            return text;
        }
        String start = text.substring(0, text.length() - partial.get().length() - 1);
        return start + "@" + username + " ";
    }
}
