package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.internal.DuplicateFinder;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadAccess;
import com.pathway.clinic.internal.LeadChanges;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.LeadSearch;
import com.pathway.clinic.internal.LeadWriter;
import com.pathway.clinic.internal.Referrer;
import com.pathway.clinic.internal.ReferrerRepository;
import com.pathway.clinic.internal.ScreeningOutcomes;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Leads for views and the API. Intake coordinators and managers create, edit and see every lead;
 * clinicians see leads in clinical stages or assigned to them and record screening. Every read of a
 * lead's personal data and every change is written to the audit trail. Transitions go through
 * {@link WorkflowService}, whose clinic workflow holds the rules.
 */
@Service
@Transactional
public class LeadService {

    private final WorkflowService workflow;
    private final LeadWriter writer;
    private final LeadRepository leads;
    private final ReferrerRepository referrers;
    private final LeadSearch search;
    private final DuplicateFinder duplicates;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LeadAccess access;
    private final ClinicStatuses statuses;

    public LeadService(WorkflowService workflow, LeadWriter writer, LeadRepository leads, ReferrerRepository referrers,
            LeadSearch search, DuplicateFinder duplicates, AuditService audit, CurrentUser currentUser, Clock clock,
            LeadAccess access, ClinicStatuses statuses) {
        this.access = access;
        this.statuses = statuses;
        this.workflow = workflow;
        this.writer = writer;
        this.leads = leads;
        this.referrers = referrers;
        this.search = search;
        this.duplicates = duplicates;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a lead in "New inquiry"; fails with every invalid field at once. */
    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER')")
    public LeadDetails create(LeadForm form) {
        return writer.create(form, "Lead");
    }

    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER', 'CLINICIAN')")
    public LeadDetails get(String key) {
        Loaded loaded = load(key);
        audit.record(new AuditRecord("LEAD_VIEWED", null, "LEAD", loaded.item().key(), AuditOutcome.SUCCESS, null,
                Map.of()));
        return LeadWriter.details(loaded.item(), loaded.lead());
    }

    /**
     * Saves the form over the lead, if it is still at {@code expectedVersion}; otherwise a
     * {@link ConflictException} says someone else saved first.
     */
    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER')")
    public LeadDetails update(String key, LeadForm form, long expectedVersion) {
        Loaded loaded = load(key);
        Lead lead = loaded.lead();
        if (lead.getVersion() != expectedVersion) {
            throw stale(key);
        }
        LeadForm checked = writer.check(form);
        LeadForm before = lead.toForm();
        lead.apply(checked, now());
        try {
            leads.saveAndFlush(lead);
        } catch (OptimisticLockingFailureException e) {
            throw stale(key);
        }
        workflow.recordFieldChanges(loaded.item().key(), LeadChanges.between(before, lead.toForm()));
        audit.record(new AuditRecord("LEAD_UPDATED", null, "LEAD", loaded.item().key(), AuditOutcome.SUCCESS, null,
                Map.of()));
        return LeadWriter.details(loaded.item(), lead);
    }

    /** A clinician records the screening's outcome and when the treatment consent was signed. */
    @PreAuthorize("hasRole('CLINICIAN')")
    public LeadDetails recordScreening(String key, String outcome, Instant treatmentConsentAt, long expectedVersion) {
        Loaded loaded = load(key);
        Lead lead = loaded.lead();
        if (lead.getVersion() != expectedVersion) {
            throw stale(key);
        }
        String canonical = ScreeningOutcomes.canonical(outcome).orElseThrow(() -> InvalidInputException.of(
                "screeningOutcome", "Choose a screening outcome: " + String.join(" or ", ScreeningOutcomes.ALL) + "."));
        String outcomeBefore = lead.getScreeningOutcome();
        Instant consentBefore = lead.getTreatmentConsentAt();
        lead.recordScreening(canonical, now());
        lead.recordTreatmentConsent(treatmentConsentAt, now());
        leads.saveAndFlush(lead);
        workflow.recordFieldChanges(loaded.item().key(),
                LeadChanges.screening(outcomeBefore, canonical, consentBefore, treatmentConsentAt));
        audit.record(new AuditRecord("LEAD_UPDATED", null, "LEAD", loaded.item().key(), AuditOutcome.SUCCESS, null,
                Map.of("screening", canonical)));
        return LeadWriter.details(loaded.item(), lead);
    }

    /** A page of leads; clinicians see those in clinical stages or assigned to them. */
    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER', 'CLINICIAN')")
    public Page<LeadSummary> search(LeadFilter filter, Pageable pageable) {
        boolean clinicianOnly = clinicianOnly();
        Page<LeadSummary> page = search.search(filter == null ? LeadFilter.none() : filter, pageable,
                clinicianOnly ? statuses.clinical() : null, currentUser.usernameOrSystem());
        audit.record(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                Map.of("shown", page.getNumberOfElements(), "keys",
                        String.join(",", page.getContent().stream().map(LeadSummary::key).limit(50).toList()))));
        return page;
    }

    /** Like {@link #search} without counting every match: for the lazy grid, one query per page. */
    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER', 'CLINICIAN')")
    public Slice<LeadSummary> list(LeadFilter filter, Pageable pageable) {
        boolean clinicianOnly = clinicianOnly();
        Slice<LeadSummary> page = search.slice(filter == null ? LeadFilter.none() : filter, pageable,
                clinicianOnly ? statuses.clinical() : null, currentUser.usernameOrSystem());
        audit.record(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                Map.of("shown", page.getNumberOfElements(), "keys",
                        String.join(",", page.getContent().stream().map(LeadSummary::key).limit(50).toList()))));
        return page;
    }

    /**
     * Leads that may be the same person as the probe (same phone, same e-mail, or a similar name with
     * the same date of birth), most reasons first; at most {@code limit}. Clinicians only find leads
     * they may see. Candidates shown are audited, as any list of leads.
     */
    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER', 'CLINICIAN')")
    public List<DuplicateCandidate> possibleDuplicates(DuplicateProbe probe, int limit) {
        if (limit < 1 || limit > 50) {
            throw InvalidInputException.of("limit", "Ask for 1 to 50 candidates.");
        }
        boolean clinicianOnly = clinicianOnly();
        List<DuplicateCandidate> found = duplicates.find(probe, limit, clinicianOnly ? statuses.clinical() : null,
                currentUser.usernameOrSystem());
        if (!found.isEmpty()) {
            audit.record(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                    Map.of("shown", found.size(), "purpose", "possible duplicates", "keys",
                            String.join(",", found.stream().map(DuplicateCandidate::key).toList()))));
        }
        return found;
    }

    /** Adds a referring provider; leads point to it with {@code referrerId}. */
    @PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER')")
    public long createReferrer(String name, String organisation) {
        Validation v = new Validation();
        v.check(!Validation.isBlank(name) && name.length() <= 200, "name", "Enter a name of 1 to 200 characters.");
        v.check(organisation == null || organisation.length() <= 200, "organisation", "At most 200 characters.");
        v.throwIfInvalid();
        return referrers.save(new Referrer(name.strip(), organisation, null, null, now())).getId();
    }

    /** The conditions of interest a lead may name (clinic configuration). */
    @PreAuthorize("isAuthenticated()")
    public List<String> conditions() {
        return writer.forms().conditions();
    }

    private boolean clinicianOnly() {
        return currentUser.hasRole(Role.CLINICIAN) && !currentUser.hasRole(Role.INTAKE_COORDINATOR)
                && !currentUser.hasRole(Role.MANAGER);
    }

    private Loaded load(String key) {
        WorkItemView item = workflow.get(key);
        Lead lead = leads.findById(item.id()).orElseThrow(() -> new NotFoundException("There is no lead " + key + "."));
        if (!access.visible(currentUser, item.status(), lead.getClinician())) {
            // A clinician outside clinical stages does not learn that the lead exists.
            throw new NotFoundException("There is no lead " + key + ".");
        }
        return new Loaded(item, lead);
    }

    private static ConflictException stale(String key) {
        return new ConflictException(key + " was changed by someone else meanwhile; reload it and try again.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Loaded(WorkItemView item, Lead lead) {
    }
}
