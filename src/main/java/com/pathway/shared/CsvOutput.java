package com.pathway.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files Pathway writes (lead exports, rejected import rows, the audit trail's export): UTF-8 with a
 * byte-order mark (so spreadsheets read accents right), and every value that a spreadsheet would run as
 * a formula made inert.
 */
public final class CsvOutput {

    private CsvOutput() {
    }

    /** A comma-separated printer on {@code out}; the byte-order mark is written at once. Closing it closes {@code out}. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        return printer(out, ',');
    }

    /** A printer on {@code out}; the byte-order mark is written at once. Closing it closes {@code out}. */
    public static CSVPrinter printer(OutputStream out, char separator) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).get());
    }

    /**
     * The value, prefixed with an apostrophe when it starts with a character that makes a
     * spreadsheet read it as a formula ({@code = + - @}, tab or carriage return): CSV injection.
     * {@code null} is written as an empty value.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
