package com.pathway.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** SQL text with its bind values, built in order, so that every value (status names too) is a parameter. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    Sql add(String sql, Object... values) {
        text.append(sql);
        Collections.addAll(args, values);
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        args.addAll(other.args);
        return this;
    }

    /** {@code (?, ?, …)} for the values; {@code (null)} for none, which matches nothing. */
    Sql in(Collection<?> values) {
        if (values.isEmpty()) {
            return add("(null)");
        }
        text.append('(').append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        args.addAll(values);
        return this;
    }

    String text() {
        return text.toString();
    }

    Object[] args() {
        return args.toArray();
    }
}
