package com.pathway.clinic.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.LeadAudience;
import com.pathway.clinic.LeadAudience.LeadRef;
import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadChanges;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.ScreeningOutcomes;
import com.pathway.clinic.screening.internal.Screening;
import com.pathway.clinic.screening.internal.ScreeningItemRepository;
import com.pathway.clinic.screening.internal.ScreeningRepository;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.WorkflowService;

/**
 * A lead's screening and treatment consent, for clinicians only. Every call opens the lead through its one
 * read rule ({@link LeadAudience#open}); every read and write is audited without answers. Signing a
 * screening sets the lead's screening outcome ({@link ScreeningOutcomes#CLEARED} unless a contraindication
 * item was answered yes), which approval for treatment checks and from which everyone else learns only that
 * the screening is complete, and when.
 */
@Service
@Transactional
public class ScreeningService {

    /** How a treatment consent may be taken (the consent form's choices). */
    public static final List<String> CONSENT_METHODS = List.of("Written, in person", "Electronic signature",
            "Verbal, witnessed");
    public static final int MAX_NOTE = 2_000;
    /** How far ahead of now a consent time may be, for clocks a little apart. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final String VIEWED = "SCREENING_VIEWED";
    static final String DRAFT_SAVED = "SCREENING_DRAFT_SAVED";
    static final String SIGNED = "SCREENING_SIGNED";
    static final String REVISED = "SCREENING_REVISION_STARTED";
    static final String CONSENT_RECORDED = "TREATMENT_CONSENT_RECORDED";

    private final ScreeningRepository screenings;
    private final ScreeningItemRepository checklist;
    private final LeadRepository leads;
    private final LeadAudience audience;
    private final WorkflowService workflow;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ScreeningService(ScreeningRepository screenings, ScreeningItemRepository checklist, LeadRepository leads,
            LeadAudience audience, WorkflowService workflow, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.screenings = screenings;
        this.checklist = checklist;
        this.leads = leads;
        this.audience = audience;
        this.workflow = workflow;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The lead's screening: its newest revision, the earlier ones, the clinic's checklist and the consent. */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public ScreeningRecord get(String key) {
        LeadRef ref = audience.open(key);
        List<ScreeningView> all = screenings.findByItemIdOrderByRevisionDesc(ref.itemId()).stream()
                .map(Screening::view).toList();
        audited(VIEWED, ref, Map.of("revisions", all.size()));
        return new ScreeningRecord(ref.key(), all.isEmpty() ? null : all.getFirst(),
                all.isEmpty() ? List.of() : all.subList(1, all.size()),
                checklist.findByActiveTrueOrderByPositionAscIdAsc().stream().map(i -> i.view()).toList(),
                consent(lead(ref)));
    }

    /**
     * Saves answers on the lead's open draft, starting the first screening if there is none. A signed
     * screening is locked (409): start a new version with {@link #revise}.
     */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public ScreeningView saveDraft(String key, ScreeningDraft draft) {
        LeadRef ref = audience.openForChange(key);
        Screening screening = apply(ref, draft);
        audited(DRAFT_SAVED, ref, Map.of("revision", screening.getRevision()));
        return screening.view();
    }

    /**
     * Saves the answers sent (if any) and signs the draft: every yes/no item must be answered, else nothing
     * is saved and the refusal names the unanswered items. Sets the lead's screening outcome.
     */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public ScreeningView sign(String key, ScreeningDraft draft) {
        LeadRef ref = audience.openForChange(key);
        Screening screening = apply(ref, draft);
        List<String> missing = screening.unanswered();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("answers", "Answer every question before signing; still open: "
                    + String.join("; ", missing) + ".");
        }
        Instant now = now();
        screening.sign(me(), currentUser.displayName(), now);
        save(ref, screening);
        Lead lead = lead(ref);
        String before = lead.getScreeningOutcome();
        String outcome = screening.isContraindicated() ? ScreeningOutcomes.CONTRAINDICATED : ScreeningOutcomes.CLEARED;
        lead.recordScreening(outcome, now);
        leads.saveAndFlush(lead);
        workflow.recordFieldChanges(ref.key(), LeadChanges.screening(before, outcome, lead.getTreatmentConsentAt(),
                lead.getTreatmentConsentAt()));
        audited(SIGNED, ref, Map.of("revision", screening.getRevision()));
        return screening.view();
    }

    /** Starts a new draft revision from the latest signed screening, which stays as it was signed. */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public ScreeningView revise(String key) {
        LeadRef ref = audience.openForChange(key);
        Screening latest = screenings.findFirstByItemIdOrderByRevisionDesc(ref.itemId()).orElseThrow(
                () -> new ConflictException("There is no signed screening on " + ref.key()
                        + " to change: fill in the checklist and sign it."));
        Screening next = save(ref, latest.revise(me(), now()));
        audited(REVISED, ref, Map.of("revision", next.getRevision()));
        return next.view();
    }

    /** Records the treatment consent: when it was signed (not in the future) and how it was taken; the caller took it. */
    @PreAuthorize(LeadPermissions.RECORD_SCREENING)
    public TreatmentConsent recordConsent(String key, TreatmentConsentInput input) {
        LeadRef ref = audience.openForChange(key);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant now = now();
        if (input == null || input.signedAt() == null) {
            errors.put("signedAt", "Enter when the treatment consent was signed.");
        } else if (input.signedAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.put("signedAt", "The consent cannot be signed in the future.");
        }
        String method = input == null || input.method() == null ? null : CONSENT_METHODS.stream()
                .filter(m -> m.equalsIgnoreCase(input.method().strip())).findFirst().orElse(null);
        if (method == null) {
            errors.put("method", "Choose how the consent was taken: " + String.join(", ", CONSENT_METHODS) + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Lead lead = lead(ref);
        Instant before = lead.getTreatmentConsentAt();
        Instant signedAt = input.signedAt().truncatedTo(ChronoUnit.SECONDS);
        lead.recordTreatmentConsent(signedAt, method, me(), now);
        leads.saveAndFlush(lead);
        workflow.recordFieldChanges(ref.key(), LeadChanges.screening(lead.getScreeningOutcome(),
                lead.getScreeningOutcome(), before, signedAt));
        audited(CONSENT_RECORDED, ref, Map.of());
        return consent(lead);
    }

    private Screening apply(LeadRef ref, ScreeningDraft draft) {
        Screening screening = screenings.findFirstByItemIdOrderByRevisionDesc(ref.itemId()).orElse(null);
        Long version = draft == null ? null : draft.version();
        if (screening == null) {
            screening = Screening.first(ref.itemId(), ref.key(), checklist.findByActiveTrueOrderByPositionAscIdAsc(),
                    me(), now());
        } else if (screening.getState() == ScreeningState.SIGNED) {
            throw new ConflictException("The screening of " + ref.key() + " is signed and locked: start a new version"
                    + " to change it.");
        } else if (version == null || version != screening.getVersion()) {
            throw new ConflictException("The screening draft of " + ref.key() + " was changed by someone else"
                    + " meanwhile; reload it and enter your answers again.");
        }
        List<AnswerInput> answers = draft == null || draft.answers() == null ? List.of() : draft.answers();
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String field = "answers[" + i + "]";
            if (a == null || a.itemId() == null) {
                errors.put(field, "Name the checklist item answered (itemId).");
            } else if (!screening.asks(a.itemId())) {
                errors.put(field, "Item " + a.itemId() + " is not on this screening.");
            } else if (!seen.add(a.itemId())) {
                errors.put(field, "Item " + a.itemId() + " is answered twice.");
            } else if (a.note() != null && a.note().strip().length() > MAX_NOTE) {
                errors.put(field, "A note holds at most " + String.format("%,d", MAX_NOTE) + " characters.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = now();
        for (AnswerInput a : answers) {
            String note = a.note() == null || a.note().isBlank() ? null : a.note().strip();
            screening.answer(a.itemId(), a.yes(), note, now);
        }
        return save(ref, screening);
    }

    private Screening save(LeadRef ref, Screening screening) {
        try {
            return screenings.saveAndFlush(screening);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("The screening of " + ref.key() + " was changed by someone else meanwhile;"
                    + " reload it and try again.");
        }
    }

    private Lead lead(LeadRef ref) {
        return leads.findById(ref.itemId()).orElseThrow(() -> new NotFoundException("There is no lead " + ref.key() + "."));
    }

    private static TreatmentConsent consent(Lead lead) {
        return lead.getTreatmentConsentAt() == null ? null : new TreatmentConsent(lead.getTreatmentConsentAt(),
                lead.getTreatmentConsentMethod(), lead.getTreatmentConsentBy());
    }

    private void audited(String action, LeadRef ref, Map<String, Object> details) {
        audit.record(new AuditRecord(action, null, "LEAD", ref.key(), AuditOutcome.SUCCESS, null, details));
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
