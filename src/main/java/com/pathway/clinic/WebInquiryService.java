package com.pathway.clinic;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.InquiryInbox;
import com.pathway.security.Access;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;

/**
 * The inquiry inbox for administrators: how many web inquiries wait for their lead, which ones could not become
 * a lead after every attempt, and trying one of those again at once, which is audited. The forms are never
 * shown: they are the people's, and an administrator does not read health data.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class WebInquiryService {

    /** The most failed inquiries one page lists. */
    public static final int MAX_PAGE = InquiryInbox.MAX_FAILED_PAGE;

    private final InquiryInbox inbox;
    private final AuditService audit;

    public WebInquiryService(InquiryInbox inbox, AuditService audit) {
        this.inbox = inbox;
        this.audit = audit;
    }

    /** Inquiries waiting for their lead (or for their next attempt), the failed ones not counted. */
    public long waiting() {
        return inbox.waiting();
    }

    public long failedCount() {
        return inbox.failedCount();
    }

    /** Failed inquiries, oldest first, from {@code offset}. */
    public List<FailedInquiry> failed(int offset, int limit) {
        return inbox.failed(offset, limit);
    }

    /**
     * Tries the failed inquiry {@code reference} again now; the key of its new lead. Refused, with what happened,
     * when it is not failed (waiting in line, or already a lead), is being tried by someone else at this moment, or
     * fails again (it stays failed, with the error). A try that ran, made the lead or not, is audited.
     */
    public String tryAgain(String reference) {
        InquiryInbox.Retried retried = inbox.retryFailed(reference);
        switch (retried.outcome()) {
            case CREATED -> {
                audited(reference, AuditOutcome.SUCCESS, Map.of("lead", retried.leadKey()));
                return retried.leadKey();
            }
            case FAILED_AGAIN -> {
                audited(reference, AuditOutcome.FAILURE, Map.of("error", retried.error()));
                throw new ConflictException("Web inquiry " + reference + " still could not become a lead ("
                        + retried.error() + "). It stays here, failed.");
            }
            case WAITING -> throw new ConflictException("Web inquiry " + reference
                    + " has not failed: it waits for its lead, which is created shortly.");
            case BUSY -> throw new ConflictException("Web inquiry " + reference
                    + " is being tried right now, by someone else; look again in a moment.");
            default -> throw new NotFoundException("Web inquiry " + reference
                    + " is no longer in the inbox: its lead has been created.");
        }
    }

    private void audited(String reference, AuditOutcome outcome, Map<String, Object> details) {
        audit.record(new AuditRecord("INQUIRY_RETRIED", null, "WEB_INQUIRY", reference, outcome, null, details));
    }
}
