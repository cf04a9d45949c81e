package com.pathway.clinic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.LeadScopeSql;
import com.pathway.clinic.internal.LeadSearch;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.CsvOutput;

/**
 * Exports a filtered lead list as CSV for managers: read from the database a page at a time and
 * written as it is read, so no export holds the whole list in memory (only the keys written, for the
 * audit). Values a spreadsheet would run as formulas are made inert. Every export is audited with the
 * key of every lead it held, how many, and which filter fields it used; never the search text, which
 * may be a patient's name or phone number.
 */
@Service
@Transactional(readOnly = true)
public class LeadExportService {

    /** Leads read from the database at a time. */
    static final int PAGE = 500;
    /**
     * Enum values are written as the labels staff read. The referrer and the campaign take one column
     * per part, so that a spreadsheet can filter and pivot by each (campaign source, medium and name
     * are free text that may themselves hold a slash or comma).
     */
    static final List<String> HEADER = List.of("Key", "First name", "Last name", "Phone", "Email", "Status",
            "Status category", "Resolution", "Status since", "Closed on", "Source", "Condition of interest",
            "Priority", "Coordinator", "Clinician", "Referrer", "Referrer organisation", "Campaign source",
            "Campaign medium", "Campaign name", "Created");
    /** Times in the clinic's zone, to the minute. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LeadSearch search;
    private final LeadScopeSql scope;
    private final AuditService audit;
    private final LeadPermissions permissions;
    private final ClinicProperties clinic;
    private final Clock clock;

    public LeadExportService(LeadSearch search, LeadScopeSql scope, AuditService audit,
            LeadPermissions permissions, ClinicProperties clinic, Clock clock) {
        this.clock = clock;
        this.search = search;
        this.scope = scope;
        this.audit = audit;
        this.permissions = permissions;
        this.clinic = clinic;
    }

    /** Whether the signed-in user may export (views show the action only then); {@link LeadPermissions#mayExport}. */
    public boolean mayExport() {
        return permissions.mayExport();
    }

    /**
     * Writes every lead the filter matches, in {@code sort} order, to {@code out} (a UTF-8 CSV file
     * with a header row) and closes it; returns how many leads it wrote. A bad filter fails before
     * anything is written.
     */
    @PreAuthorize(LeadPermissions.EXPORT)
    // A download the client breaks off still sent some leads: its audit entry must commit.
    @Transactional(noRollbackFor = UncheckedIOException.class)
    public long export(LeadFilter filter, Sort sort, OutputStream out) {
        LeadFilter f = filter == null ? LeadFilter.none() : filter;
        Sort order = sort == null || sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "createdAt") : sort;
        // Leads created while the export runs would shift the pages: the export holds those created before it.
        Instant start = clock.instant().plusNanos(1000);
        LeadFilter pages = f.createdBefore(start);
        LeadScopeSql.Condition readable = scope.current();
        List<LeadSummary> page = search.slice(pages, order, 0, PAGE, readable);
        List<String> written = new ArrayList<>();
        try (CSVPrinter csv = CsvOutput.printer(out, ',')) {
            csv.printRecord(HEADER);
            while (!page.isEmpty()) {
                for (LeadSummary lead : page) {
                    // Counted before it is printed: a row cut off part-way may still have reached the client.
                    written.add(lead.key());
                    csv.printRecord(row(lead));
                }
                page = page.size() < PAGE ? List.of()
                        : search.slice(pages, order, written.size(), PAGE, readable);
            }
        } catch (IOException e) {
            audited(f, written, AuditOutcome.FAILURE);
            throw new UncheckedIOException(e);
        }
        audited(f, written, AuditOutcome.SUCCESS);
        return written.size();
    }

    /**
     * Writes exactly the selected leads the user may read (at most {@value LeadBulkService#MAX_SELECTED}),
     * newest first, as {@link #export} writes a filtered list, and audits them the same way; keys of
     * leads the user may not read (or of none) are left out and not written. Returns how many it wrote.
     */
    @PreAuthorize(LeadPermissions.EXPORT)
    @Transactional(noRollbackFor = UncheckedIOException.class)
    public long exportSelection(Collection<String> keys, OutputStream out) {
        List<String> selected = LeadBulkService.checked(keys);
        List<LeadSummary> leads = search.byKeys(selected, Sort.by(Sort.Direction.DESC, "createdAt"), scope.current());
        List<String> written = new ArrayList<>();
        String filter = "selection of " + selected.size();
        try (CSVPrinter csv = CsvOutput.printer(out, ',')) {
            csv.printRecord(HEADER);
            for (LeadSummary lead : leads) {
                written.add(lead.key());
                csv.printRecord(row(lead));
            }
        } catch (IOException e) {
            audited(filter, written, AuditOutcome.FAILURE);
            throw new UncheckedIOException(e);
        }
        audited(filter, written, AuditOutcome.SUCCESS);
        return written.size();
    }

    private List<String> row(LeadSummary l) {
        return java.util.stream.Stream.of(l.key(), l.firstName(), l.lastName(), l.phone(), l.email(), l.status(),
                l.category().label(), l.resolution(), time(l.statusChangedAt()), time(l.closedAt()),
                l.source() == null ? null : l.source().label(), l.conditionOfInterest(),
                l.priority() == null ? null : l.priority().label(), l.coordinator(), l.clinician(), l.referrerName(),
                l.referrerOrganisation(), l.campaignSource(), l.campaignMedium(), l.campaignName(),
                time(l.createdAt())).map(CsvOutput::safe).toList();
    }

    private String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(clinic.timeZone()));
    }

    private void audited(LeadFilter f, List<String> keys, AuditOutcome outcome) {
        audited(describe(f), keys, outcome);
    }

    private void audited(String filter, List<String> keys, AuditOutcome outcome) {
        audit.recordWithKeys(new AuditRecord("LEADS_EXPORTED", null, "LEAD", null, outcome, null,
                Map.of("count", keys.size(), "filter", filter)), keys);
    }

    /**
     * The filter's parts that are set, e.g. {@code source=PHONE, text}: the search text is named but
     * not written, since it may be a name, phone number or e-mail address; the exported keys say whom
     * the export held.
     */
    static String describe(LeadFilter f) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("status", f.statuses().isEmpty() ? null : String.join("|", f.statuses()));
        parts.put("category", f.category());
        parts.put("stage", f.stage());
        parts.put("assignee", f.assignee());
        parts.put("source", f.source());
        parts.put("condition", f.conditionOfInterest());
        parts.put("referrer", f.referrerId());
        parts.put("campaign", f.campaign());
        parts.put("createdFrom", f.createdFrom());
        parts.put("createdTo", f.createdTo());
        parts.put("created", f.created() == null ? null : f.created().parameter());
        if (f.reached() != null) {
            parts.put("reached", f.reached().stage());
            parts.put("reachedFrom", f.reached().from());
            parts.put("reachedTo", f.reached().to());
        }
        String text = String.join(", ", parts.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        List<String> flags = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            flags.add("text");
        }
        if (f.overdue()) {
            flags.add("overdue");
        }
        if (!flags.isEmpty()) {
            text = text.isEmpty() ? String.join(", ", flags) : text + ", " + String.join(", ", flags);
        }
        return text.isEmpty() ? "none" : text;
    }
}
