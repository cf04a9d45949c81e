package com.pathway.clinic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.internal.CsvReader;
import com.pathway.clinic.internal.DuplicateFinder;
import com.pathway.clinic.internal.ImportRows;
import com.pathway.clinic.internal.LeadScopeSql;
import com.pathway.clinic.internal.LeadWriter;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.CsvOutput;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.Validation;

/**
 * Imports leads from a CSV file: read the file, say what each column holds, check every row as
 * any new lead is checked and flag possible duplicates, then create the good rows all together in
 * one transaction: either every lead of the import is stored, or (on any failure) none is.
 * Intake coordinators import ({@link LeadAction#IMPORT}); administrators do not, since the duplicate
 * check would let them look up patients by phone or e-mail. Each lead is audited as created, every
 * stored lead a preview names as a possible duplicate is audited as listed, and the import once with
 * its counts.
 */
@Service
@Transactional
@PreAuthorize(LeadPermissions.IMPORT)
public class LeadImportService {

    /** Possible duplicates shown per row. */
    static final int DUPLICATES_PER_ROW = 3;
    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = CsvReader.MAX_BYTES;
    private static final Set<ImportColumn> REPEATABLE = EnumSet.of(ImportColumn.IGNORE);

    private final LeadWriter writer;
    private final DuplicateFinder duplicates;
    private final LeadScopeSql scope;
    private final AuditService audit;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ClinicStatuses statuses;

    public LeadImportService(LeadWriter writer, DuplicateFinder duplicates, LeadScopeSql scope, AuditService audit,
            ClinicProperties clinic, Clock clock, ClinicStatuses statuses) {
        this.statuses = statuses;
        this.clinic = clinic;
        this.writer = writer;
        this.duplicates = duplicates;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The status imported leads start in: the published clinic workflow's initial status. */
    public String newLeadStatus() {
        return statuses.initial();
    }

    /** Reads an uploaded file, or fails with a message for the field {@code file}. */
    @Transactional(readOnly = true)
    public ImportFile read(String fileName, byte[] bytes) {
        return CsvReader.read(fileName, bytes);
    }

    /** What each column of the file holds, guessed from its header; each column is guessed at most once. */
    @Transactional(readOnly = true)
    public List<ImportColumn> guessColumns(ImportFile file) {
        List<ImportColumn> columns = new ArrayList<>();
        Set<ImportColumn> taken = EnumSet.noneOf(ImportColumn.class);
        for (String header : file.headers()) {
            ImportColumn guess = ImportColumn.guess(header);
            columns.add(taken.add(guess) || REPEATABLE.contains(guess) ? guess : ImportColumn.IGNORE);
        }
        return columns;
    }

    /**
     * Every row checked, with possible duplicates among stored leads and earlier rows of the file.
     * Fails when the columns cannot make valid leads (no name, no phone or email, a column twice).
     */
    @Transactional
    public ImportPreview preview(ImportFile file, List<ImportColumn> columns, ImportOptions options) {
        checkColumns(file, columns, options);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        Map<String, Integer> seen = new HashMap<>();
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (ImportFile.Row row : file.rows()) {
            ImportPreview.Row checked = check(row, columns, options, now, today, seen);
            checked.existing().forEach(candidate -> shown.add(candidate.key()));
            rows.add(checked);
        }
        if (!shown.isEmpty()) {
            audit.recordWithKeys(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                    Map.of("shown", shown.size(), "purpose", "possible duplicates of an import")), shown);
        }
        return new ImportPreview(file, columns, options, rows);
    }

    /**
     * Creates a lead in "New inquiry" for every valid row (possible duplicates only when
     * {@code includeDuplicates}), all in this one transaction; {@code progress} hears how many are
     * done. Every row is checked again, so a preview that has gone stale fails as a whole.
     */
    public ImportResult importLeads(ImportPreview preview, boolean includeDuplicates, IntConsumer progress) {
        List<String> keys = new ArrayList<>();
        long skipped = 0;
        for (ImportPreview.Row row : preview.rows()) {
            if (!row.valid()) {
                continue;
            }
            if (row.possibleDuplicate() && !includeDuplicates) {
                skipped++;
                continue;
            }
            keys.add(writer.store(writer.check(row.form()), "CSV import", writer.newReference()));
            progress.accept(keys.size());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", shorten(preview.file().name()));
        details.put("rows", preview.rows().size());
        details.put("imported", keys.size());
        details.put("rejected", preview.invalidCount());
        details.put("skippedDuplicates", skipped);
        details.put("duplicatesImported", includeDuplicates ? preview.duplicateCount() : 0);
        audit.record(new AuditRecord("LEADS_IMPORTED", null, "LEAD", null, AuditOutcome.SUCCESS, null, details));
        return new ImportResult(keys, preview.invalidCount(), skipped);
    }

    /**
     * The rows not imported, as CSV: the file's own columns, then why (errors, or a possible
     * duplicate when duplicates are left out). Same separator as the file, UTF-8.
     */
    @Transactional(readOnly = true)
    public byte[] rejectedRows(ImportPreview preview, boolean includeDuplicates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = CsvOutput.printer(out, preview.file().separator())) {
            List<String> header = new ArrayList<>(preview.file().headers());
            header.add("Error");
            csv.printRecord(header);
            for (int i = 0; i < preview.rows().size(); i++) {
                ImportPreview.Row row = preview.rows().get(i);
                String why = !row.valid() ? String.join(" ", row.errors())
                        : row.possibleDuplicate() && !includeDuplicates ? row.duplicateNote() : null;
                if (why != null) {
                    List<String> values = new ArrayList<>();
                    preview.file().rows().get(i).values().forEach(value -> values.add(CsvOutput.safe(value)));
                    while (values.size() < preview.file().headers().size()) {
                        values.add("");
                    }
                    values.add(CsvOutput.safe(why));
                    csv.printRecord(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ImportPreview.Row check(ImportFile.Row row, List<ImportColumn> columns, ImportOptions options,
            Instant now, LocalDate today, Map<String, Integer> seen) {
        ImportRows.Read read = ImportRows.read(row, columns, options, now);
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        LeadForm form = null;
        try {
            // The form's checks without LeadWriter's transaction, which a rejected row would mark for rollback.
            form = writer.forms().check(read.form(), today, referrer -> false);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            List<String> messages = errors.entrySet().stream()
                    .map(e -> e.getKey().isEmpty() ? e.getValue() : ImportColumn.labelOf(e.getKey()) + ": " + e.getValue())
                    .toList();
            return new ImportPreview.Row(row.number(), read.form(), null, messages, List.of(), null);
        }
        Integer sameAs = null;
        for (String contact : contacts(form)) {
            Integer earlier = seen.putIfAbsent(contact, row.number());
            sameAs = sameAs == null ? earlier : sameAs;
        }
        List<DuplicateCandidate> existing = duplicates.find(DuplicateProbe.of(form, null), DUPLICATES_PER_ROW,
                scope.current()); // only leads the importer may read (none for administrators)
        return new ImportPreview.Row(row.number(), read.form(), form, List.of(), existing, sameAs);
    }

    private static List<String> contacts(LeadForm form) {
        List<String> contacts = new ArrayList<>();
        if (form.phone() != null) {
            contacts.add("phone:" + form.phone());
        }
        if (form.email() != null) {
            contacts.add("email:" + form.email().toLowerCase(java.util.Locale.ROOT));
        }
        return contacts;
    }

    private static void checkColumns(ImportFile file, List<ImportColumn> columns, ImportOptions options) {
        Validation v = new Validation();
        v.check(columns.size() == file.headers().size(), "columns", "Say what each of the file's columns holds.");
        v.check(options != null && options.defaultSource() != null, "defaultSource",
                "Choose the source of leads whose row names none.");
        boolean names = columns.contains(ImportColumn.FULL_NAME)
                || (columns.contains(ImportColumn.FIRST_NAME) && columns.contains(ImportColumn.LAST_NAME));
        v.check(names, "columns", "Choose the columns with the first and last name (or the full name).");
        v.check(columns.contains(ImportColumn.PHONE) || columns.contains(ImportColumn.EMAIL), "contact",
                "Choose the column with the phone number or the email address.");
        Set<ImportColumn> taken = EnumSet.noneOf(ImportColumn.class);
        for (ImportColumn column : columns) {
            if (column != ImportColumn.IGNORE && !taken.add(column)) {
                v.reject("duplicate", "Only one column can hold " + column.label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        }
        v.throwIfInvalid();
    }

    private static String shorten(String name) {
        if (name == null) {
            return "";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
