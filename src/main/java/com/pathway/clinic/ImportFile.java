package com.pathway.clinic;

import java.util.List;

/**
 * A CSV file of leads as read: its name, its header, its data rows (blank lines left out) and how
 * it was written.
 *
 * @param separator the detected separator: comma, semicolon or tab
 * @param encoding {@code UTF-8}, or {@code windows-1252} when the bytes were not valid UTF-8
 */
public record ImportFile(String name, List<String> headers, List<Row> rows, char separator, String encoding) {

    public ImportFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the row's number as a spreadsheet shows it (the header is row 1)
     * @param values the values as written, as many as the row holds (possibly more or fewer than headers)
     */
    public record Row(int number, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The value in column {@code index}, or {@code ""} when the row is shorter. */
        public String value(int index) {
            return index < values.size() ? values.get(index) : "";
        }
    }
}
