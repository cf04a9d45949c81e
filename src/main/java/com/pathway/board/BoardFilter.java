package com.pathway.board;

import java.util.Map;

/**
 * The quick filters of a board; every part is optional.
 *
 * @param mine only items assigned to the viewer
 * @param unassigned only items assigned to nobody
 * @param overdue only items that stayed in their status longer than its limit
 * @param text the plugin's text search (a key, the start of a name…)
 * @param fields the plugin's {@link FilterField}s by name; a field without a value (null) says nothing and is left out
 */
public record BoardFilter(boolean mine, boolean unassigned, boolean overdue, String text, Map<String, String> fields) {

    public BoardFilter {
        fields = fields == null ? Map.of() : fields.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static BoardFilter none() {
        return new BoardFilter(false, false, false, null, Map.of());
    }

    /** A filter field's value, or {@code null}. */
    public String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
