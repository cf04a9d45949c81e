package com.pathway.clinic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a full name from an imported file into first and last name, keeping a generational suffix
 * (Jr, Sr, II, III, IV) with the last name as written: "Jordan Pike Jr." and "Pike Jr, Jordan" both
 * give Jordan / "Pike Jr.". Roman numerals count only in capitals and a suffix only after a first and
 * a last name, so real names such as "Naomasa Ii" or "Ana Junior" are left as they are.
 */
final class FullNames {

    /** Suffixes in any case, with or without a full stop. "Junior" and "Senior" are real surnames. */
    private static final Set<String> WORD_SUFFIXES = Set.of("jr", "sr");
    /** Suffixes written in capitals only: "Ii" and "Iv" are names too. V is left out: it is also an initial. */
    private static final Set<String> NUMERAL_SUFFIXES = Set.of("II", "III", "IV");

    private FullNames() {
    }

    record Name(String first, String last) {
    }

    static Name split(String full) {
        String name = full.strip().replaceAll("\\s+", " ");
        List<String> parts = new ArrayList<>(Arrays.stream(name.split(",")).map(String::strip).toList());
        // "Jordan Pike, Jr.": the part after the comma is only the suffix.
        if (parts.size() > 1 && isSuffix(parts.getLast()) && words(parts.get(parts.size() - 2)).size() >= 2) {
            String suffix = parts.removeLast();
            parts.set(parts.size() - 1, parts.getLast() + " " + suffix);
        }
        if (parts.size() > 1) {
            // "Pike Jr, Jordan" or "Pike, Jordan Jr.": the last name comes first, a suffix goes with it.
            String last = parts.getFirst();
            List<String> first = words(String.join(" ", parts.subList(1, parts.size())));
            List<String> suffixes = trailingSuffixes(first, 1);
            first = first.subList(0, first.size() - suffixes.size());
            return new Name(String.join(" ", first), join(last, suffixes));
        }
        List<String> words = words(parts.isEmpty() ? "" : parts.getFirst());
        List<String> suffixes = trailingSuffixes(words, 2);
        List<String> rest = words.subList(0, words.size() - suffixes.size());
        if (rest.isEmpty()) {
            return new Name("", "");
        }
        return new Name(String.join(" ", rest.subList(0, rest.size() - 1)), join(rest.getLast(), suffixes));
    }

    /** The suffixes at the end of {@code words}, leaving at least {@code keep} words before them. */
    private static List<String> trailingSuffixes(List<String> words, int keep) {
        int end = words.size();
        while (end > keep && isSuffix(words.get(end - 1))) {
            end--;
        }
        return words.subList(end, words.size());
    }

    static boolean isSuffix(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return WORD_SUFFIXES.contains(bare.toLowerCase(Locale.ROOT)) || NUMERAL_SUFFIXES.contains(bare);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split(" "));
    }

    private static String join(String last, List<String> suffixes) {
        return suffixes.isEmpty() ? last : last + " " + String.join(" ", suffixes);
    }
}
