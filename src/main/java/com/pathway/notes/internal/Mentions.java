package com.pathway.notes.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @username} mentions in a note's text, in order, each once, in lower case. A mention starts
 * after a space, a line break, an opening bracket or the start of the text (so an e-mail address is
 * none), and a dot, dash or underscore that ends a sentence is not part of the name.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final int MIN = 3;
    private static final int MAX = 64;

    private Mentions() {
    }

    public static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (name.length() >= MIN && name.length() <= MAX) {
                found.add(name);
            }
        }
        return found;
    }

    /** The mentions in {@code after} that {@code before} did not have. */
    public static Set<String> added(String before, String after) {
        Set<String> added = in(after);
        added.removeAll(in(before));
        return added;
    }
}
