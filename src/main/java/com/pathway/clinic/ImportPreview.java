package com.pathway.clinic;

import java.util.List;

/**
 * An imported file checked row by row, before anything is stored.
 *
 * @param columns what each column of the file holds, in the file's order
 */
public record ImportPreview(ImportFile file, List<ImportColumn> columns, ImportOptions options, List<Row> rows) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One row of the file.
     *
     * @param written the row read into a form, as written (to show who the row is about)
     * @param form the lead to create, checked like any other; {@code null} when the row has errors
     * @param errors what is wrong with the row, one message per problem; empty when it may be imported
     * @param existing leads already stored that may be the same person
     * @param sameAsRow an earlier row of the file with the same phone or email, or {@code null}
     */
    public record Row(int number, LeadForm written, LeadForm form, List<String> errors, List<DuplicateCandidate> existing,
            Integer sameAsRow) {

        public Row {
            errors = List.copyOf(errors);
            existing = List.copyOf(existing);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        public boolean possibleDuplicate() {
            return valid() && (!existing.isEmpty() || sameAsRow != null);
        }

        /** Why the row may be a duplicate, in words; empty when it is not. */
        public String duplicateNote() {
            if (!possibleDuplicate()) {
                return "";
            }
            List<String> parts = new java.util.ArrayList<>();
            for (DuplicateCandidate c : existing) {
                parts.add(c.key() + " " + c.firstName() + " " + c.lastName() + " ("
                        + String.join(", ", c.reasons().stream().map(DuplicateReason::label).sorted().toList()) + ")");
            }
            if (sameAsRow != null) {
                parts.add("row " + sameAsRow + " of this file (same phone or email)");
            }
            return "Possible duplicate of " + String.join("; ", parts);
        }
    }

    public long validCount() {
        return rows.stream().filter(Row::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    public long duplicateCount() {
        return rows.stream().filter(Row::possibleDuplicate).count();
    }

    /** How many rows an import would create. */
    public long toImport(boolean includeDuplicates) {
        return rows.stream().filter(r -> r.valid() && (includeDuplicates || !r.possibleDuplicate())).count();
    }
}
