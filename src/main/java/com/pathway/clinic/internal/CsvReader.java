package com.pathway.clinic.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.pathway.clinic.ImportFile;
import com.pathway.shared.InvalidInputException;

/**
 * Reads CSV files as spreadsheets and other systems write them: UTF-8 with or without a byte-order
 * mark, or Windows-1252 (Latin-1) when the bytes are not valid UTF-8; separated by commas,
 * semicolons or tabs (whichever the header line uses most); quoted values may hold separators,
 * quotes and line breaks. The first row is the header. Files too large or without data are
 * refused with a message that says why.
 */
public final class CsvReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    public static final int MAX_COLUMNS = 100;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String FILE = "file";

    private CsvReader() {
    }

    public static ImportFile read(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(FILE, "The file is empty. Choose a CSV file with a header row and one row per lead.");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(FILE, "The file is larger than 10 MB. Split it into smaller files.");
        }
        boolean utf8 = true;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            utf8 = false;
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> records = records(text, separator);
        if (records.isEmpty()) {
            throw InvalidInputException.of(FILE, "The file holds no rows. Its first row should name the columns.");
        }
        List<String> headers = headers(records.getFirst());
        if (records.size() == 1) {
            throw InvalidInputException.of(FILE, "The file holds only a header row and no leads.");
        }
        List<ImportFile.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new ImportFile.Row(i + 1, records.get(i)));
        }
        return new ImportFile(name, headers, rows, separator, utf8 ? "UTF-8" : "windows-1252");
    }

    /** The separator the header line uses most, outside quotes; a comma when it uses none. */
    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static List<List<String>> records(String text, char separator) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (records.size() > MAX_ROWS) {
                    throw InvalidInputException.of(FILE, "The file has more than " + String.format("%,d", MAX_ROWS)
                            + " rows. Split it into smaller files.");
                }
                records.add(values);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw InvalidInputException.of(FILE, "The file is not valid CSV (" + reason(e)
                    + "). Check that every opening quote has a closing quote.");
        }
        return records;
    }

    private static List<String> headers(List<String> header) {
        if (header.size() > MAX_COLUMNS) {
            throw InvalidInputException.of(FILE, "The file has more than " + MAX_COLUMNS + " columns.");
        }
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            headers.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        return headers;
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }
}
