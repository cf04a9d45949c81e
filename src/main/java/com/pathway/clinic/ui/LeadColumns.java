package com.pathway.clinic.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which columns the lead list shows, in which order and how wide: read from and written to the
 * address's {@code cols} parameter (so a saved view keeps them), e.g.
 * {@code cols=key,lastName:240px,status,phone}: the shown columns in order, each with a width the user
 * dragged it to. Plain logic beside {@link LeadsView}; unknown names and malformed widths are left out.
 */
record LeadColumns(List<Shown> shown) {

    /** One shown column: its key and a width such as {@code 240px}, or null for the default. */
    record Shown(String key, String width) {
    }

    /** Every column the list has, in its default order. */
    static final List<String> ALL = List.of("key", "lastName", "status", "overdue", "phone", "daysInStatus",
            "course", "nextAppointment", "slaDueAt", "nextTask", "resolution", "email", "condition", "source", "createdAt");
    /** What a list without {@code cols} shows. */
    static final List<String> DEFAULT = List.of("key", "lastName", "status", "overdue", "phone", "daysInStatus",
            "course", "resolution");
    /** Without a key to open a lead by, a row would be a dead end. */
    static final String ALWAYS = "key";

    private static final Pattern WIDTH = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?(px|rem|em|%)");

    LeadColumns {
        shown = List.copyOf(shown);
    }

    static LeadColumns defaults() {
        return new LeadColumns(DEFAULT.stream().map(k -> new Shown(k, null)).toList());
    }

    /** From the parameter's value; none or nothing usable gives the default columns. */
    static LeadColumns parse(String value) {
        if (value == null || value.isBlank()) {
            return defaults();
        }
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            String[] bits = part.strip().split(":", 2);
            String key = bits[0].strip();
            if (ALL.contains(key) && !shown.containsKey(key)) {
                String width = bits.length > 1 && WIDTH.matcher(bits[1].strip()).matches() ? bits[1].strip() : null;
                shown.put(key, new Shown(key, width));
            }
        }
        if (shown.isEmpty()) {
            return defaults();
        }
        List<Shown> list = new ArrayList<>(shown.values());
        if (!shown.containsKey(ALWAYS)) {
            list.addFirst(new Shown(ALWAYS, null));
        }
        return new LeadColumns(list);
    }

    /** The parameter's value, or null when these are the default columns (the address stays short). */
    String toParameter() {
        if (equals(defaults())) {
            return null;
        }
        return String.join(",", shown.stream().map(s -> s.width() == null ? s.key() : s.key() + ":" + s.width())
                .toList());
    }

    boolean isShown(String key) {
        return shown.stream().anyMatch(s -> s.key().equals(key));
    }

    /** The columns in the order to lay them out: the shown ones first, in their order, then the hidden ones. */
    List<String> order() {
        List<String> order = new ArrayList<>(shown.stream().map(Shown::key).toList());
        ALL.stream().filter(k -> !order.contains(k)).forEach(order::add);
        return order;
    }

    String width(String key) {
        return shown.stream().filter(s -> s.key().equals(key)).findFirst().map(Shown::width).orElse(null);
    }

    /** With the column shown (at the end) or hidden; the key column stays. */
    LeadColumns toggled(String key, boolean show) {
        List<Shown> list = new ArrayList<>(shown);
        list.removeIf(s -> s.key().equals(key));
        if (show) {
            list.add(new Shown(key, width(key)));
        } else if (ALWAYS.equals(key)) {
            return this;
        }
        return new LeadColumns(list);
    }

    /** In this order (the keys of every column as laid out now); hidden columns stay hidden. */
    LeadColumns reordered(List<String> keys) {
        List<Shown> list = new ArrayList<>();
        for (String key : keys) {
            shown.stream().filter(s -> s.key().equals(key)).findFirst().ifPresent(list::add);
        }
        shown.stream().filter(s -> !list.contains(s)).forEach(list::add);
        return new LeadColumns(list);
    }

    /** With a width the user dragged the column to. */
    LeadColumns resized(String key, String width) {
        String w = width != null && WIDTH.matcher(width.strip()).matches() ? width.strip() : null;
        return new LeadColumns(shown.stream().map(s -> s.key().equals(key) ? new Shown(key, w) : s).toList());
    }
}
