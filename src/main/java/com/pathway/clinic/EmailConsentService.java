package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadAppointmentRepository;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.UnsubscribeTokens;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.FieldEdit;
import com.pathway.workflow.WorkflowService;

/**
 * A lead's e-mail consent as the mail module needs it: who may be e-mailed, the signed unsubscribe link
 * for a message, and the withdrawal through that link. Mail is sent by jobs without a signed-in user, and
 * the unsubscribe page is public, so these methods are open to every caller: they answer first name,
 * key and address of a lead who agreed to e-mail, and a withdrawal needs a correctly signed token.
 * Every read of an address for a message and every withdrawal is audited.
 */
@Service
@Transactional
public class EmailConsentService {

    /** The changelog field of the consent, as the lead form writes it. */
    static final String FIELD = "emailConsent";
    static final String LINK = "unsubscribe link";

    private final LeadRepository leads;
    private final LeadAppointmentRepository appointments;
    private final UnsubscribeTokens tokens;
    private final WorkflowService workflow;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EmailConsentService(LeadRepository leads, LeadAppointmentRepository appointments, UnsubscribeTokens tokens,
            WorkflowService workflow, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.appointments = appointments;
        this.tokens = tokens;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The lead, if its e-mail consent is recorded and it has an address (merged leads never). */
    @PreAuthorize("permitAll()") // jobs without a user; answers only a lead who agreed to e-mail
    public Optional<EmailRecipient> recipient(long leadId) {
        return leads.findById(leadId).filter(EmailConsentService::mayBeEmailed).map(lead -> {
            LeadForm f = lead.toForm();
            audit.record(new AuditRecord("LEAD_EMAIL_ADDRESS_USED", "system", "LEAD", lead.getItemKey(),
                    AuditOutcome.SUCCESS, null, Map.of()));
            return new EmailRecipient(leadId, lead.getItemKey(), f.firstName(), f.email());
        });
    }

    /** The token of the unsubscribe link for the lead's current e-mail consent; empty without consent. */
    @PreAuthorize("permitAll()") // jobs without a user, writing a message to a lead who agreed to e-mail
    @Transactional(readOnly = true)
    public Optional<String> unsubscribeToken(long leadId) {
        return leads.findById(leadId).filter(EmailConsentService::mayBeEmailed)
                .map(lead -> tokens.sign(leadId, lead.toForm().emailConsent().at()));
    }

    /**
     * Appointments (not cancelled) starting in {@code [from, to)}, soonest first, at most {@code limit}
     * (1 to 1,000): for the reminder the day before.
     */
    @PreAuthorize("permitAll()") // jobs without a user; times and keys only, no health information
    @Transactional(readOnly = true)
    public List<AppointmentBooked> appointmentsStarting(Instant from, Instant to, int limit) {
        if (from == null || to == null) {
            return List.of();
        }
        return appointments.findByCancelledFalseAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
                from, to, PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(a -> new AppointmentBooked(a.getLeadId(), leads.findById(a.getLeadId()).map(Lead::getItemKey)
                        .orElse(""), a.getStartsAt(), a.getMode(), false))
                .toList();
    }

    /**
     * Withdraws the e-mail consent the token was signed for, from the public unsubscribe page: the lead's
     * changelog says when and how, the audit trail records it, and every pending message stops (through
     * {@link EmailConsentWithdrawn}, in this transaction). Returns the lead's first name for the
     * confirmation. A token that is not signed by us, names no lead, or whose consent was already
     * withdrawn (a used link) is refused with a message on {@code token}.
     */
    @PreAuthorize("permitAll()") // the public page; only a correctly signed token withdraws anything
    public String unsubscribe(String token) {
        UnsubscribeTokens.Claim claim = tokens.verify(token).orElseThrow(() -> InvalidInputException.of("token",
                "This unsubscribe link is not valid. Copy the whole link from the e-mail, or call the clinic."));
        Lead lead = leads.findById(claim.leadId()).filter(EmailConsentService::mayBeEmailed)
                .filter(l -> l.toForm().emailConsent().at().getEpochSecond() == claim.consentGivenAt())
                .orElseThrow(() -> InvalidInputException.of("token", "This link was already used: you are not on"
                        + " the clinic's e-mail list any more, and no further e-mail will be sent."));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Consent before = lead.toForm().emailConsent();
        lead.withdrawEmailConsent(now);
        leads.saveAndFlush(lead);
        workflow.recordFieldChangesAs(lead.getItemKey(), List.of(new FieldEdit(FIELD,
                "given " + before.at() + (before.source() == null ? "" : " (" + before.source() + ")"),
                "withdrawn " + now + " (" + LINK + ")")), "lead (unsubscribe link)");
        audit.record(new AuditRecord("LEAD_EMAIL_CONSENT_WITHDRAWN", "anonymous", "LEAD", lead.getItemKey(),
                AuditOutcome.SUCCESS, null, Map.of("how", LINK)));
        events.publishEvent(new EmailConsentWithdrawn(lead.getId(), lead.getItemKey(), LINK, now));
        return lead.toForm().firstName();
    }

    private static boolean mayBeEmailed(Lead lead) {
        LeadForm f = lead.toForm();
        return lead.getMergedInto() == null && f.emailConsent() != null && f.email() != null && !f.email().isBlank();
    }
}
