package com.pathway.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.audit.internal.AuditChain;
import com.pathway.audit.internal.AuditDetails;
import com.pathway.audit.internal.AuditEntry;
import com.pathway.audit.internal.AuditEntryRepository;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.security.UserService;
import com.pathway.security.UserSummary;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.CsvOutput;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.ClientAddress;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so a change and its audit
 * line commit together; reading is for administrators only.
 */
@Service
public class AuditService {

    /** Rows read per query while exporting: the export never holds more than this many entries. */
    static final int EXPORT_PAGE = 500;
    /** How many users {@link #actors} offers at most. */
    static final int ACTORS_OFFERED = 20;
    static final List<String> CSV_HEADER = List.of("Id", "Time", "User", "Action", "Record type", "Record",
            "Outcome", "Client address", "Details");
    /** What a record filter may be: a key such as PW-12 or another record's id, nothing a LIKE would read. */
    private static final Pattern RECORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern LEAD_KEY = Pattern.compile("[A-Za-z]+-[0-9]+");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    private final AuditDetails details;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ClinicProperties clinic;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;
    /** Entries waiting to be committed together ({@link #recordWithKeysCommittedTogether}). */
    private final java.util.Queue<Together> together = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Held by the thread that writes the waiting entries; the others wait for it, then find theirs written. */
    private final Object togetherWriter = new Object();

    public AuditService(AuditEntryRepository entries, AuditChain chain, AuditDetails details,
            CurrentUser currentUser, UserService users, ClinicProperties clinic, Clock clock,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.chain = chain;
        this.details = details;
        this.currentUser = currentUser;
        this.users = users;
        this.clinic = clinic;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /** An entry of {@link #recordWithKeysCommittedTogether}: its actor and address taken on the caller's thread. */
    private static final class Together {
        final AuditRecord record;
        final List<String> keys;
        boolean written;
        RuntimeException failed;

        Together(AuditRecord record, List<String> keys) {
            this.record = record;
            this.keys = keys;
        }
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read-only transaction would drop the entry (H2) or refuse it (PostgreSQL).
            throw new IllegalStateException("Audit entry " + record.action()
                    + " must be written in a read-write transaction; the caller's is read-only.");
        }
        append(resolved(record));
    }

    /** The record with its actor and client address: as given, else the current user's and request's. */
    private AuditRecord resolved(AuditRecord record) {
        return new AuditRecord(record.action(),
                record.actor() != null ? record.actor() : currentUser.usernameOrSystem(), record.entityType(),
                record.entityId(), record.outcome(),
                record.clientAddress() != null ? record.clientAddress() : ClientAddress.current(), record.details());
    }

    /** Adds the entry to the transaction's part of the chain, with its actor and client address as they stand. */
    private void append(AuditRecord record) {
        // Microseconds, as both databases store them, so that the hash of what is read back matches.
        chain.add(new AuditChain.Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), truncate(record.actor(), 64),
                truncate(record.action(), 64), truncate(record.entityType(), 64), truncate(record.entityId(), 64),
                record.outcome(), truncate(record.clientAddress(), 64), details.toJson(record.details())));
    }

    /** The record once per part of its keys ({@link #recordWithKeys}), each with the part's details. */
    private List<AuditRecord> parts(AuditRecord record, List<String> keys) {
        return details.withKeys(record.details(), keys).stream().map(part -> new AuditRecord(record.action(),
                record.actor(), record.entityType(), record.entityId(), record.outcome(), record.clientAddress(), part))
                .toList();
    }

    /**
     * Records {@code record} naming every one of {@code keys} (the records a user was shown or sent):
     * one entry when they fit its details, otherwise consecutive entries with {@code part} and
     * {@code parts}, each with the record's own details. No key is left out or cut off.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordWithKeys(AuditRecord record, List<String> keys) {
        parts(record, keys).forEach(this::record);
    }

    /**
     * {@link #recordWithKeys} outside the caller's transaction, committed together with the entries other threads
     * record this way at the same moment: one transaction and one commit for all of them (a group
     * commit), instead of one each in turn. Returns once this caller's entry is committed, so that what it records
     * is on disk before the caller shows anything, as with any audited read. For many viewers reading at once
     * outside a transaction, e.g. open boards refreshing on the same tick.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void recordWithKeysCommittedTogether(AuditRecord record, List<String> keys) {
        Together mine = new Together(resolved(record), List.copyOf(keys));
        together.add(mine);
        synchronized (togetherWriter) {
            if (!mine.written && mine.failed == null) {
                List<Together> batch = new java.util.ArrayList<>();
                for (Together next; (next = together.poll()) != null; ) {
                    batch.add(next);
                }
                try {
                    // Each entry as its own caller resolved it: the writing thread's user and address are not theirs.
                    ownTransaction.executeWithoutResult(status -> batch.forEach(t -> parts(t.record, t.keys)
                            .forEach(this::append)));
                    batch.forEach(t -> t.written = true);
                } catch (RuntimeException e) {
                    batch.forEach(t -> t.failed = e);
                }
            }
        }
        if (mine.failed != null) {
            throw mine.failed;
        }
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public Page<AuditEntryView> search(AuditFilter filter, Pageable pageable) {
        chain.writePending();
        return entries.search(checked(filter), pageable).map(AuditService::toView);
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        chain.writePending();
        return entries.count(checked(filter));
    }

    /** The actions recorded so far, for the filter of the audit view. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<String> knownActions() {
        chain.writePending();
        return entries.distinctActions();
    }

    /**
     * Who the trail can be filtered by, for text typed into the user filter: accounts whose name, user
     * name or e-mail contains it, then user names only the trail knows (the system, removed accounts,
     * names typed at failed sign-ins) that contain it. At most {@value #ACTORS_OFFERED}, accounts first.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditActor> actors(String text) {
        chain.writePending();
        String typed = text == null ? "" : text.strip();
        Map<String, AuditActor> found = new LinkedHashMap<>();
        for (UserSummary user : users.findUsers(typed, Pageable.ofSize(ACTORS_OFFERED)).getContent()) {
            found.put(user.username(), new AuditActor(user.username(), user.displayName()));
        }
        String like = "%" + typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        for (String actor : entries.distinctActorsLike(like, Limit.of(ACTORS_OFFERED))) {
            if (found.size() >= ACTORS_OFFERED) {
                break;
            }
            found.putIfAbsent(actor, new AuditActor(actor, null));
        }
        return List.copyOf(found.values());
    }

    /**
     * Writes the entries {@code filter} matches to {@code out} as CSV, newest first, read
     * {@value #EXPORT_PAGE} at a time (entries written during the export are not in it), and records
     * the export as {@code AUDIT_EXPORTED} with its filter and the number of entries written. Values a
     * spreadsheet would run as formulas are made inert. Returns how many entries were written.
     */
    @PreAuthorize(Access.ADMIN)
    // A download the client breaks off still sent some entries: its audit entry must commit.
    @Transactional(noRollbackFor = UncheckedIOException.class)
    public long export(AuditFilter filter, OutputStream out) {
        AuditFilter f = checked(filter == null ? AuditFilter.none() : filter);
        chain.writePending();
        var matching = AuditEntryRepository.matching(f);
        long written = 0;
        try (CSVPrinter csv = CsvOutput.printer(out)) {
            csv.printRecord(CSV_HEADER);
            List<AuditEntry> page = entries.pageBefore(matching, Long.MAX_VALUE, EXPORT_PAGE);
            while (!page.isEmpty()) {
                for (AuditEntry e : page) {
                    written++;
                    csv.printRecord(csvRow(e));
                }
                page = page.size() < EXPORT_PAGE ? List.of()
                        : entries.pageBefore(matching, page.getLast().getId(), EXPORT_PAGE);
            }
        } catch (IOException e) {
            exported(f, written, AuditOutcome.FAILURE);
            throw new UncheckedIOException(e);
        }
        exported(f, written, AuditOutcome.SUCCESS);
        return written;
    }

    private List<String> csvRow(AuditEntry e) {
        return java.util.stream.Stream.of(String.valueOf(e.getId()),
                CSV_TIME.format(e.getOccurredAt().atZone(clinic.timeZone())), e.getActor(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getOutcome().name(), e.getClientAddress(), e.getDetails())
                .map(CsvOutput::safe).toList();
    }

    private void exported(AuditFilter f, long count, AuditOutcome outcome) {
        record(new AuditRecord("AUDIT_EXPORTED", null, "AUDIT", null, outcome, null,
                Map.of("count", count, "filter", describe(f))));
    }

    /** The filter's parts that are set, e.g. {@code record=PW-12, actor=dana}, or {@code none}. */
    static String describe(AuditFilter f) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("record", f.record());
        parts.put("actor", f.actor());
        parts.put("action", f.action());
        parts.put("outcome", f.outcome());
        parts.put("from", f.from());
        parts.put("to", f.to());
        List<String> set = parts.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        return set.isEmpty() ? "none" : String.join(", ", set);
    }

    /**
     * A time range must end after it starts, and a record is a key or id, not a pattern; anything else
     * is a mistake worth telling the reader. A lead key is matched in upper case, as leads store it.
     */
    private static AuditFilter checked(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw InvalidInputException.of("to", "The end of the time range must not be before its start.");
        }
        String record = filter.record() == null || filter.record().isBlank() ? null : filter.record().strip();
        if (record != null && !RECORD.matcher(record).matches()) {
            throw InvalidInputException.of("record",
                    "Enter one record's key, such as PW-12 (letters, digits, and - . _ : only).");
        }
        if (record != null && LEAD_KEY.matcher(record).matches()) {
            record = record.toUpperCase(Locale.ROOT);
        }
        return new AuditFilter(filter.actor(), filter.action(), filter.from(), filter.to(), filter.outcome(), record);
    }

    private static AuditEntryView toView(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getOutcome(), e.getClientAddress(), e.getDetails());
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
