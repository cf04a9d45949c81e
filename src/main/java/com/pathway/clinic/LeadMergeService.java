package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadChanges;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.LeadWriter;
import com.pathway.clinic.internal.MergeFields;
import com.pathway.clinic.internal.MergeValues;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.Validation;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Merges a duplicate lead into the lead that survives: the survivor keeps its values, fills what it
 * lacks from the duplicate (consents are combined, never dropped), takes the values chosen from the
 * duplicate and empties only the fields explicitly chosen to be empty; the duplicate is closed through
 * the workflow's merge transition with its duplicate resolution (both marked by properties in the
 * workflow, see {@link ClinicStatuses}) and names the survivor in
 * {@code mergedInto}; both keep their histories. All in one transaction: a refused merge changes
 * nothing. For intake coordinators and managers.
 */
@Service
@Transactional
@PreAuthorize(LeadPermissions.MERGE)
public class LeadMergeService {

    private final WorkflowService workflow;
    private final LeadRepository leads;
    private final LeadWriter writer;
    private final MergeValues values;
    private final AuditService audit;
    private final LeadPermissions permissions;
    private final Clock clock;
    private final ClinicStatuses statuses;

    public LeadMergeService(WorkflowService workflow, LeadRepository leads, LeadWriter writer, MergeValues values,
            AuditService audit, LeadPermissions permissions, Clock clock, ClinicStatuses statuses) {
        this.statuses = statuses;
        this.workflow = workflow;
        this.leads = leads;
        this.writer = writer;
        this.values = values;
        this.audit = audit;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Both leads side by side and the fields that differ; refused when they cannot be merged. */
    public LeadComparison compare(String leftKey, String rightKey) {
        Loaded left = mergeable(leftKey, "key");
        Loaded right = mergeable(rightKey, "with");
        notTheSame(left, right);
        for (Loaded l : List.of(left, right)) {
            audit.record(new AuditRecord("LEAD_VIEWED", null, "LEAD", l.item().key(), AuditOutcome.SUCCESS, null,
                    Map.of("purpose", "merge")));
        }
        LeadForm a = left.lead().toForm();
        LeadForm b = right.lead().toForm();
        List<FieldDifference> differences = MergeFields.differing(a, b).stream()
                .map(f -> new FieldDifference(f, MergeFields.label(f), values.text(MergeFields.value(a, f)),
                        values.text(MergeFields.value(b, f)), MergeFields.mayEmpty(f)))
                .toList();
        return new LeadComparison(permissions.shown(left.details(writer)), permissions.shown(right.details(writer)), differences);
    }

    /** Merges the duplicate into the survivor; gives back the survivor as it is now. */
    public LeadDetails merge(MergeRequest request) {
        Loaded survivor = mergeable(request.survivorKey(), "survivor");
        Loaded duplicate = mergeable(request.duplicateKey(), "duplicate");
        notTheSame(survivor, duplicate);
        current(survivor, request.survivorVersion());
        current(duplicate, request.duplicateVersion());
        LeadForm kept = survivor.lead().toForm();
        LeadForm taken = duplicate.lead().toForm();
        allowed(request, taken, duplicate.item().key());
        LeadForm merged = MergeFields.merged(kept, taken, request.takeFromDuplicate(), request.empty());
        List<String> changed = MergeFields.differing(kept, merged);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!changed.isEmpty()) {
            survivor.lead().apply(writer.check(merged), now);
        }
        duplicate.lead().mergeInto(survivor.item().key(), now);
        save(survivor);
        save(duplicate);
        workflow.recordFieldChanges(survivor.item().key(), LeadChanges.between(kept, survivor.lead().toForm()));
        writer.userFieldsChanged(survivor.item().key(), kept, survivor.lead().toForm());
        WorkItemView closed = workflow.transition(duplicate.item().key(), new TransitionRequest(
                statuses.mergeTransition(), Map.of("resolution", statuses.duplicateResolution()),
                "Merged into " + survivor.item().key() + ".", null));
        String fields = String.join(",", changed.stream().filter(f -> !request.empty().contains(f)).toList());
        String emptied = String.join(",", changed.stream().filter(request.empty()::contains).toList());
        audit.record(new AuditRecord("LEAD_MERGED", null, "LEAD", survivor.item().key(), AuditOutcome.SUCCESS, null,
                Map.of("role", "survivor", "merged", duplicate.item().key(), "fieldsTaken", fields,
                        "fieldsEmptied", emptied)));
        audit.record(new AuditRecord("LEAD_MERGED", null, "LEAD", closed.key(), AuditOutcome.SUCCESS, null,
                Map.of("role", "duplicate", "mergedInto", survivor.item().key(), "fieldsTaken", fields,
                        "fieldsEmptied", emptied)));
        return permissions.shown(writer.details(workflow.get(survivor.item().key()), survivor.lead()));
    }

    /**
     * Refuses choices that would lose data without anyone asking for it: taking an empty value (to
     * empty a field, name it under {@code empty}), emptying a consent or a field a lead always has.
     */
    private static void allowed(MergeRequest request, LeadForm duplicate, String duplicateKey) {
        Validation v = new Validation();
        Set<String> unknown = new TreeSet<>(request.takeFromDuplicate());
        unknown.addAll(request.empty());
        unknown.removeAll(MergeFields.names());
        v.check(unknown.isEmpty(), "takeFromDuplicate", "These are not lead fields: " + unknown + ".");
        v.throwIfInvalid();
        Set<String> both = new TreeSet<>(request.takeFromDuplicate());
        both.retainAll(request.empty());
        v.check(both.isEmpty(), "empty", "Choose either the other lead's value or (empty) for " + labels(both) + ".");
        List<String> takenEmpty = request.takeFromDuplicate().stream()
                .filter(f -> MergeFields.isEmpty(MergeFields.value(duplicate, f))).sorted().toList();
        v.check(takenEmpty.isEmpty(), "takeFromDuplicate", labels(takenEmpty) + " " + (takenEmpty.size() == 1 ? "is"
                : "are") + " empty on " + duplicateKey + "; to empty a field on the surviving lead, choose (empty).");
        List<String> neverEmpty = request.empty().stream().filter(f -> !MergeFields.mayEmpty(f)).sorted().toList();
        v.check(neverEmpty.isEmpty(), "empty", labels(neverEmpty) + " cannot be emptied by a merge; consents "
                + "given on either lead are kept.");
        v.throwIfInvalid();
    }

    private static String labels(Collection<String> fields) {
        return String.join(", ", fields.stream().map(MergeFields::label).toList());
    }

    private Loaded mergeable(String key, String field) {
        if (key == null || key.isBlank()) {
            throw InvalidInputException.of(field, "Name the lead to merge.");
        }
        WorkItemView item = workflow.getForChange(key.strip());
        Lead lead = leads.findById(item.id()).orElseThrow(() -> new NotFoundException("There is no lead " + key + "."));
        if (lead.getMergedInto() != null) {
            throw InvalidInputException.of(field, item.key() + " was already merged into " + lead.getMergedInto() + ".");
        }
        if (item.category() == StatusCategory.DONE) {
            throw InvalidInputException.of(field, item.key() + " is closed (" + item.resolution()
                    + "); only open leads can be merged.");
        }
        return new Loaded(item, lead);
    }

    private static void notTheSame(Loaded a, Loaded b) {
        if (a.item().id() == b.item().id()) {
            throw InvalidInputException.of("with", "A lead cannot be merged with itself; choose another lead.");
        }
    }

    private static void current(Loaded loaded, long expectedVersion) {
        if (loaded.lead().getVersion() != expectedVersion) {
            throw stale(loaded.item().key());
        }
    }

    private void save(Loaded loaded) {
        try {
            leads.saveAndFlush(loaded.lead());
        } catch (OptimisticLockingFailureException e) {
            throw stale(loaded.item().key());
        }
    }

    private static ConflictException stale(String key) {
        return new ConflictException(key + " was changed by someone else meanwhile; reload both leads and merge again.");
    }

    private record Loaded(WorkItemView item, Lead lead) {

        LeadDetails details(LeadWriter writer) {
            return writer.details(item, lead);
        }
    }
}
