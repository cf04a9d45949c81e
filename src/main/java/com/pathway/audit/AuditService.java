package com.pathway.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.pathway.audit.internal.AuditEntry;
import com.pathway.audit.internal.AuditEntryRepository;
import com.pathway.audit.internal.AuditDetails;
import com.pathway.security.CurrentUser;
import com.pathway.shared.InvalidInputException;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so a change and its audit
 * line commit together; reading is for administrators only.
 */
@Service
public class AuditService {

    private final AuditEntryRepository entries;
    private final AuditDetails details;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AuditService(AuditEntryRepository entries, AuditDetails details, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.details = details;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read-only transaction would drop the entry (H2) or refuse it (PostgreSQL).
            throw new IllegalStateException("Audit entry " + record.action()
                    + " must be written in a read-write transaction; the caller's is read-only.");
        }
        String actor = record.actor() != null ? record.actor() : currentUser.usernameOrSystem();
        String client = record.clientAddress() != null ? record.clientAddress() : currentClientAddress();
        entries.save(new AuditEntry(clock.instant(), truncate(actor, 64), truncate(record.action(), 64),
                truncate(record.entityType(), 64), truncate(record.entityId(), 64), record.outcome(),
                truncate(client, 64), details.toJson(record.details())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEntryView> search(AuditFilter filter, Pageable pageable) {
        return entries.search(checked(filter), pageable).map(AuditService::toView);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(checked(filter));
    }

    /** The actions recorded so far, for the filter of the audit view. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> knownActions() {
        return entries.distinctActions();
    }

    /** A time range must end after it starts; anything else is a mistake worth telling the reader. */
    private static AuditFilter checked(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw InvalidInputException.of("to", "The end of the time range must not be before its start.");
        }
        return filter;
    }

    private static AuditEntryView toView(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getOutcome(), e.getClientAddress(), e.getDetails());
    }

    private static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
