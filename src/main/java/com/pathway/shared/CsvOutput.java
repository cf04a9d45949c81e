package com.pathway.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

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

    /** Characters that start a formula in a spreadsheet, in ASCII and in their full-width forms. */
    private static final String TRIGGERS = "-=+@\uFF1D\uFF0B\uFF0D\uFF20";

    /** What a spreadsheet may split a cell at when it guesses the separator (comma, semicolon, tab, pipe). */
    private static final Pattern TRIGGER_AFTER_SEPARATOR =
            Pattern.compile("([,;\\t|][\\s\\u00A0\\u3000]*)([" + TRIGGERS + "])");

    /**
     * The value made inert for spreadsheets (CSV injection): an apostrophe goes before a value whose
     * first visible character starts a formula ({@code = + - @}, also full-width like {@code ＝}, also after
     * leading spaces), or that starts with a tab or line break; and before such a character right after a
     * separator inside the value, where a spreadsheet that splits cells at that separator would start a
     * new cell. {@code null} is written as an empty value.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        String inner = TRIGGER_AFTER_SEPARATOR.matcher(value).replaceAll("$1'$2");
        char first = value.charAt(0);
        int visible = 0;
        while (visible < value.length() && isBlank(value.charAt(visible))) {
            visible++;
        }
        boolean formula = first == '\t' || first == '\r' || first == '\n'
                || (visible < value.length() && TRIGGERS.indexOf(value.charAt(visible)) >= 0);
        return formula ? "'" + inner : inner;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
