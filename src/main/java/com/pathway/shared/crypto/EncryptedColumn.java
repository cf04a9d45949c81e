package com.pathway.shared.crypto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A column whose values are encrypted, with the columns that identify its rows (for re-encrypting them
 * with the current key). Its purpose label {@code table.column} is bound into every value as associated
 * data.
 */
public record EncryptedColumn(String table, List<String> keyColumns, String column) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public EncryptedColumn {
        keyColumns = List.copyOf(keyColumns);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("An encrypted column needs the columns that identify its rows.");
        }
        // The names become SQL in KeyRotation: only plain identifiers, never input.
        for (String name : concat(table, column, keyColumns)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL name: " + name);
            }
        }
    }

    /** A column of a table identified by its {@code id}. */
    public static EncryptedColumn of(String table, String column) {
        return new EncryptedColumn(table, List.of("id"), column);
    }

    /** The associated data of every value of this column. */
    public String purpose() {
        return table + "." + column;
    }

    private static List<String> concat(String table, String column, List<String> keys) {
        var all = new java.util.ArrayList<String>(keys);
        all.add(table);
        all.add(column);
        return all;
    }
}
