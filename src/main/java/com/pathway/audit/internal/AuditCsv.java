package com.pathway.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit export's CSV: UTF-8 with a byte-order mark (so spreadsheets read accents right), and every
 * value a spreadsheet would run as a formula made inert. The same rules as the lead export's; kept
 * here because a module may not use another module's internals.
 */
public final class AuditCsv {

    private AuditCsv() {
    }

    /** A comma-separated printer on {@code out}; the byte-order mark is written at once. Closing it closes {@code out}. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /**
     * The value, prefixed with an apostrophe when it starts with a character that makes a spreadsheet
     * read it as a formula ({@code = + - @}, tab or carriage return): CSV injection. A user name typed
     * at a failed sign-in, for one, is anyone's text.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
