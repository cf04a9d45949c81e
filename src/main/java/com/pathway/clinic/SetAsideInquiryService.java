package com.pathway.clinic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.InquiryInbox;
import com.pathway.shared.ConflictException;
import com.pathway.shared.NotFoundException;

/**
 * Web inquiries that could not become leads by themselves, for the people who enter leads (intake coordinators and
 * managers): the list, one inquiry's form to read (audited, like a lead's read), and the lead entered by hand from it,
 * which takes the inquiry out of the inbox in the same transaction. An administrator puts the cause right and tries
 * them again under Web inquiries ({@link WebInquiryService}), without reading them; this is the way for an inquiry
 * whose form is readable but will not go through as it is.
 */
@Service
@PreAuthorize(LeadPermissions.CREATE)
public class SetAsideInquiryService {

    private final InquiryInbox inbox;
    private final AuditService audit;

    public SetAsideInquiryService(InquiryInbox inbox, AuditService audit) {
        this.inbox = inbox;
        this.audit = audit;
    }

    public long count() {
        return inbox.failedCount();
    }

    /** The set-aside inquiries, oldest first, from {@code offset}; what identifies them, not their forms. */
    public List<FailedInquiry> list(int offset, int limit) {
        return inbox.failed(offset, limit);
    }

    /**
     * The form of the set-aside inquiry {@code reference}, as its sender filled it (checked when it arrived); the read
     * is audited. Refused when the inquiry is not set aside (it is a lead, or waits for its lead) or its form cannot be
     * read (the cause an administrator must put right; the refusal is audited too).
     */
    public LeadForm open(String reference) {
        Optional<LeadForm> form;
        try {
            form = inbox.failedForm(reference);
        } catch (RuntimeException e) {
            audited("INQUIRY_READ", reference, AuditOutcome.FAILURE, Map.of("error", InquiryInbox.kindsOf(e)));
            throw new ConflictException("The form of web inquiry " + reference + " cannot be read ("
                    + InquiryInbox.kindsOf(e) + "). An administrator must put the cause right; it stays set aside.");
        }
        if (form.isEmpty()) {
            throw notSetAside(reference);
        }
        audited("INQUIRY_READ", reference, AuditOutcome.SUCCESS, Map.of());
        return form.get();
    }

    /**
     * Creates the lead of the set-aside inquiry {@code reference} from {@code form} (its form as the user checked and
     * corrected it), as the user and under the inquiry's reference, and takes the inquiry out of the inbox; the lead's
     * key. The audit entry names the fields changed from what the sender wrote. A form with problems is refused with
     * every problem, and nothing changes; so is an inquiry that has become a lead meanwhile, or that someone else is
     * entering or trying at this moment.
     */
    public String enter(String reference, LeadForm form) {
        Optional<InquiryInbox.Entered> entered = inbox.enterFailed(reference, form);
        if (entered.isEmpty()) {
            if (inbox.stateOf(reference) == InquiryInbox.State.FAILED) {
                throw new ConflictException("Web inquiry " + reference + " is being entered or tried by someone else "
                        + "right now; look again in a moment.");
            }
            throw notSetAside(reference);
        }
        String key = entered.get().leadKey();
        List<String> changed = entered.get().changed();
        // Which of the sender's fields were changed, by name: their values are the person's and stay out of the audit.
        audited("INQUIRY_ENTERED", reference, AuditOutcome.SUCCESS, Map.of("lead", key, "changedFields",
                changed == null ? "unknown: the sender's form could not be read" : changed));
        return key;
    }

    private NotFoundException notSetAside(String reference) {
        return new NotFoundException("Web inquiry " + reference + " is not set aside: "
                + (inbox.stateOf(reference) == InquiryInbox.State.WAITING
                        ? "it waits for its lead, which is created shortly."
                        : "its lead has been created."));
    }

    private void audited(String action, String reference, AuditOutcome outcome, Map<String, Object> details) {
        audit.record(new AuditRecord(action, null, "WEB_INQUIRY", reference, outcome, null, details));
    }
}
