package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditedSearch;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.internal.DuplicateFinder;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadScopeSql;
import com.pathway.clinic.internal.LeadChanges;
import com.pathway.clinic.internal.LeadPageTokens;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.LeadSearch;
import com.pathway.clinic.internal.LeadWriter;
import com.pathway.clinic.internal.MergeFields;
import com.pathway.clinic.internal.MergeValues;
import com.pathway.clinic.internal.Referrer;
import com.pathway.clinic.internal.ReferrerRepository;
import com.pathway.clinic.internal.ScreeningOutcomes;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.PageBounds;
import com.pathway.shared.Validation;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Leads for views and the API. Intake coordinators and managers create, edit and see every lead;
 * clinicians see leads in clinical stages or assigned to them and record screening: one rule,
 * {@link com.pathway.clinic.internal.LeadAccess}, applied by the engine to every lead read here and
 * translated for the lists. Every read of a
 * lead's personal data and every change is written to the audit trail. Transitions go through
 * {@link WorkflowService}, whose clinic workflow holds the rules.
 */
@Service
@Transactional
public class LeadService {

    /** Counts of the list stop here: beyond it the list says "10,000+". */
    public static final long COUNT_BOUND = 10_000;

    /** The most rows {@link #page} skips by page number; beyond it pages follow their token. */
    public static final int MAX_PAGE_OFFSET = 10_000;

    private final WorkflowService workflow;
    private final LeadWriter writer;
    private final LeadRepository leads;
    private final ReferrerRepository referrers;
    private final LeadSearch search;
    private final DuplicateFinder duplicates;
    private final MergeValues texts;
    private final LeadScopeSql scope;
    private final AuditService audit;
    private final LeadPermissions permissions;
    private final ClinicStatuses statuses;
    private final Clock clock;
    private final LeadPageTokens tokens;

    public LeadService(WorkflowService workflow, LeadWriter writer, LeadRepository leads, ReferrerRepository referrers,
            LeadSearch search, DuplicateFinder duplicates, LeadScopeSql scope, MergeValues texts, AuditService audit,
            LeadPermissions permissions, ClinicStatuses statuses, Clock clock, LeadPageTokens tokens) {
        this.tokens = tokens;
        this.statuses = statuses;
        this.workflow = workflow;
        this.writer = writer;
        this.leads = leads;
        this.referrers = referrers;
        this.search = search;
        this.duplicates = duplicates;
        this.texts = texts;
        this.scope = scope;
        this.audit = audit;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Creates a lead in "New inquiry"; fails with every invalid field at once. */
    @PreAuthorize(LeadPermissions.CREATE)
    public LeadDetails create(LeadForm form) {
        return permissions.shown(writer.create(form, "Lead"));
    }

    /** The lead; its screening's outcome only for clinicians ({@link LeadPermissions#shown}). */
    @PreAuthorize(LeadPermissions.VIEW)
    public LeadDetails get(String key) {
        Loaded loaded = load(key); // the engine's get audits the read (or the refusal)
        return permissions.shown(writer.details(loaded.item(), loaded.lead()));
    }

    /**
     * Saves the whole form over the lead, if it is still at {@code expectedVersion}; otherwise a
     * {@link ConflictException} says someone else saved first. An editor saves what it changed with
     * {@link #update(String, LeadEdit)}.
     */
    @PreAuthorize(LeadPermissions.EDIT)
    public LeadDetails update(String key, LeadForm form, long expectedVersion) {
        Loaded loaded = loadForChange(key);
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
        writer.userFieldsChanged(loaded.item().key(), before, lead.toForm());
        writer.emailConsentChanged(lead.getId(), loaded.item().key(), before, lead.toForm());
        audit.record(new AuditRecord("LEAD_UPDATED", null, "LEAD", loaded.item().key(), AuditOutcome.SUCCESS, null,
                Map.of()));
        return permissions.shown(writer.details(loaded.item(), lead));
    }

    /**
     * Saves only the fields named in the edit over the lead as it is now, if it is still at the
     * edit's version; otherwise a {@link ConflictException} says someone else saved first, and
     * {@link #conflict} tells what each side changed. Fields the editor did not change keep whatever
     * is stored, so saving over someone else's version never undoes their other changes.
     */
    @PreAuthorize(LeadPermissions.EDIT)
    public LeadDetails update(String key, LeadEdit edit) {
        Loaded loaded = loadForChange(key);
        Lead lead = loaded.lead();
        if (lead.getVersion() != edit.version()) {
            throw stale(key);
        }
        List<String> unknown = edit.fields().stream().filter(f -> !MergeFields.names().contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("fields", "These are not lead fields: " + unknown + ".");
        }
        LeadForm before = lead.toForm();
        if (edit.isEmpty()) {
            return permissions.shown(writer.details(loaded.item(), lead));
        }
        lead.apply(writer.check(MergeFields.combine(before, edit.values(), Set.copyOf(edit.fields()))), now());
        try {
            leads.saveAndFlush(lead);
        } catch (OptimisticLockingFailureException e) {
            throw stale(key);
        }
        workflow.recordFieldChanges(loaded.item().key(), LeadChanges.between(before, lead.toForm()));
        writer.userFieldsChanged(loaded.item().key(), before, lead.toForm());
        writer.emailConsentChanged(lead.getId(), loaded.item().key(), before, lead.toForm());
        audit.record(new AuditRecord("LEAD_UPDATED", null, "LEAD", loaded.item().key(), AuditOutcome.SUCCESS, null,
                Map.of("fields", String.join(",", edit.fields()))));
        return permissions.shown(writer.details(loaded.item(), lead));
    }

    /**
     * After a refused {@link #update(String, LeadEdit)}: the lead as someone else saved it, and field
     * by field what they changed since {@code startedFrom} (the form the editor opened) and what the
     * editor changed. Reading it is audited like any read of the lead.
     */
    @PreAuthorize(LeadPermissions.EDIT)
    public EditConflict conflict(String key, LeadForm startedFrom, LeadEdit mine) {
        LeadDetails theirs = get(key);
        List<String> theirFields = MergeFields.changed(startedFrom, theirs.form());
        List<EditConflict.Field> fields = MergeFields.names().stream()
                .filter(f -> theirFields.contains(f) || mine.fields().contains(f))
                .map(f -> new EditConflict.Field(f, MergeFields.label(f), texts.text(MergeFields.value(startedFrom, f)),
                        texts.text(MergeFields.value(theirs.form(), f)), texts.text(MergeFields.value(mine.values(), f)),
                        theirFields.contains(f), mine.fields().contains(f)))
                .toList();
        return new EditConflict(theirs, fields);
    }

    /**
     * Whether the signed-in user may change the lead they read: not when they read it only by emergency
     * access, which is read-only (every change is then refused with the reason).
     */
    @PreAuthorize(LeadPermissions.VIEW)
    public boolean mayChange(String key) {
        return workflow.mayChange(key);
    }

    /**
     * A page of the leads the current user may read ({@link LeadAccess}'s scope). Every key shown is
     * audited ({@link AuditService#recordWithKeys}).
     */
    @PreAuthorize(LeadPermissions.LIST)
    public Page<LeadSummary> search(LeadFilter filter, Pageable pageable) {
        Page<LeadSummary> page = search.search(filter == null ? LeadFilter.none() : filter, pageable, scope.current());
        listed(page.getContent(), filter);
        return page;
    }

    /** Like {@link #search} without counting every match: for the lazy grid, one query per page. */
    @PreAuthorize(LeadPermissions.LIST)
    public Slice<LeadSummary> list(LeadFilter filter, Pageable pageable) {
        Slice<LeadSummary> page = search.slice(filter == null ? LeadFilter.none() : filter, pageable, scope.current());
        listed(page.getContent(), filter);
        return page;
    }

    /**
     * One page of the leads the current user may read, by position: the first page without a token, the
     * following ones with the {@link LeadPage#nextPageToken} of the page before, which must come with the same
     * filter and sort (422 naming {@code nextPageToken} otherwise, and for a token altered or not handed out
     * here). Each page is one index range read however deep it is. {@code page} (0 or more, without a token)
     * skips that many pages the old way, for small offsets: at most {@value #MAX_PAGE_OFFSET} rows. Every key
     * shown is audited, as with {@link #list}.
     *
     * @param sort one property of the list's sorts (created first by default), ties broken by the lead's id
     */
    @PreAuthorize(LeadPermissions.LIST)
    public LeadPage page(LeadFilter filter, Sort sort, String pageToken, int page, int size) {
        LeadFilter f = filter == null ? LeadFilter.none() : filter;
        Validation v = new Validation()
                .check(size >= 1 && size <= PageBounds.MAX_SIZE, "size", "Use a size between 1 and " + PageBounds.MAX_SIZE + ".")
                .check(sort == null || sort.stream().count() <= 1, "sort", "Sort by one property.")
                .check(page >= 0, "page", "Use a page of 0 or more.");
        boolean token = pageToken != null && !pageToken.isBlank();
        v.check(!token || page == 0, "page", "Send either page or nextPageToken, not both.");
        v.check(page < 0 || size < 1 || (long) page * size <= MAX_PAGE_OFFSET, "page", String.format(java.util.Locale.ROOT,
                "A page may skip at most %,d rows: follow nextPageToken to read further.", MAX_PAGE_OFFSET));
        v.throwIfInvalid();
        Sort.Order order = sort == null || sort.isUnsorted() ? Sort.Order.desc("createdAt") : sort.iterator().next();
        LeadSearch.Position after = token ? tokens.position(pageToken.strip(), f, order) : null;
        LeadSearch.Keyset found = search.keyset(f, order, after, (long) page * size, size, scope.current());
        listed(found.rows(), f);
        return new LeadPage(found.rows(), found.next() == null ? null : tokens.token(f, order, found.next()));
    }

    /**
     * How many leads the current user may read match the filter, counted up to {@value #COUNT_BOUND}
     * ("10,000+" beyond), so that counting stays cheap however many leads there are.
     */
    @PreAuthorize(LeadPermissions.LIST)
    @Transactional(readOnly = true)
    public LeadCount count(LeadFilter filter) {
        long n = search.countUpTo(filter == null ? LeadFilter.none() : filter, COUNT_BOUND, scope.current());
        return n > COUNT_BOUND ? new LeadCount(COUNT_BOUND, true) : new LeadCount(n, false);
    }

    /**
     * New leads waiting for their first contact (still in the workflow's initial status) that the user
     * may read, the most urgent first-response target first; at most {@code limit}. Audited as a list.
     */
    @PreAuthorize(LeadPermissions.LIST)
    public List<LeadSummary> awaitingFirstContact(int limit) {
        if (limit < 1 || limit > 200) {
            throw InvalidInputException.of("limit", "Ask for 1 to 200 leads.");
        }
        LeadFilter initial = new LeadFilter(statuses.initial(), null, null, null, null, null, null, null, null);
        return list(initial, org.springframework.data.domain.PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by("slaDueAt", "createdAt"))).getContent();
    }

    /** Audits the keys shown and that a search was made, never its text ({@link AuditedSearch}). */
    private void listed(List<LeadSummary> shown, LeadFilter filter) {
        audit.recordWithKeys(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                AuditedSearch.with(Map.of("shown", shown.size()), filter == null ? null : filter.text())),
                shown.stream().map(LeadSummary::key).toList());
    }

    /**
     * Leads that may be the same person as the probe (same phone, same e-mail, or a similar name with
     * the same date of birth), most reasons first; at most {@code limit}. Clinicians only find leads
     * they may see. Candidates shown are audited, as any list of leads.
     */
    @PreAuthorize(LeadPermissions.LIST)
    public List<DuplicateCandidate> possibleDuplicates(DuplicateProbe probe, int limit) {
        if (limit < 1 || limit > 50) {
            throw InvalidInputException.of("limit", "Ask for 1 to 50 candidates.");
        }
        List<DuplicateCandidate> found = duplicates.find(probe, limit, scope.current());
        if (!found.isEmpty()) {
            audit.recordWithKeys(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                    Map.of("shown", found.size(), "purpose", "possible duplicates")),
                    found.stream().map(DuplicateCandidate::key).toList());
        }
        return found;
    }

    /** Adds a referring provider; leads point to it with {@code referrerId}. */
    @PreAuthorize(LeadPermissions.CREATE_REFERRER)
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

    /** The engine's get applies the one read rule, answering and auditing a refusal as an unknown key. */
    private Loaded load(String key) {
        return loaded(key, workflow.get(key));
    }

    /** As {@link #load}, and refused when the user reads the lead only by emergency access, which is read-only. */
    private Loaded loadForChange(String key) {
        return loaded(key, workflow.getForChange(key));
    }

    private Loaded loaded(String key, WorkItemView item) {
        Lead lead = leads.findById(item.id()).orElseThrow(() -> new NotFoundException("There is no lead " + key + "."));
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
