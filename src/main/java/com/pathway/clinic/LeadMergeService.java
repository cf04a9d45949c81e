package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
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
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * Merges a duplicate lead into the lead that survives: the survivor takes the chosen values, the
 * duplicate is closed through the workflow's merge transition with its duplicate resolution (both
 * marked by properties in the workflow, see {@link ClinicStatuses}) and names the survivor in
 * {@code mergedInto}; both keep their histories. All in one transaction: a refused merge changes
 * nothing. For intake coordinators and managers.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INTAKE_COORDINATOR', 'MANAGER')")
public class LeadMergeService {

    private final WorkflowService workflow;
    private final LeadRepository leads;
    private final LeadWriter writer;
    private final MergeValues values;
    private final AuditService audit;
    private final Clock clock;
    private final ClinicStatuses statuses;

    public LeadMergeService(WorkflowService workflow, LeadRepository leads, LeadWriter writer, MergeValues values,
            AuditService audit, Clock clock, ClinicStatuses statuses) {
        this.statuses = statuses;
        this.workflow = workflow;
        this.leads = leads;
        this.writer = writer;
        this.values = values;
        this.audit = audit;
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
                        values.text(MergeFields.value(b, f))))
                .toList();
        return new LeadComparison(left.details(), right.details(), differences);
    }

    /** Merges the duplicate into the survivor; gives back the survivor as it is now. */
    public LeadDetails merge(MergeRequest request) {
        Loaded survivor = mergeable(request.survivorKey(), "survivor");
        Loaded duplicate = mergeable(request.duplicateKey(), "duplicate");
        notTheSame(survivor, duplicate);
        current(survivor, request.survivorVersion());
        current(duplicate, request.duplicateVersion());
        Set<String> unknown = new HashSet<>(request.takeFromDuplicate());
        unknown.removeAll(MergeFields.names());
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("takeFromDuplicate", "These are not lead fields: " + unknown + ".");
        }
        LeadForm kept = survivor.lead().toForm();
        LeadForm taken = duplicate.lead().toForm();
        List<String> changed = MergeFields.differing(kept, taken).stream()
                .filter(request.takeFromDuplicate()::contains).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!changed.isEmpty()) {
            survivor.lead().apply(writer.check(MergeFields.combine(kept, taken, Set.copyOf(changed))), now);
        }
        duplicate.lead().mergeInto(survivor.item().key(), now);
        save(survivor);
        save(duplicate);
        workflow.recordFieldChanges(survivor.item().key(), LeadChanges.between(kept, survivor.lead().toForm()));
        WorkItemView closed = workflow.transition(duplicate.item().key(), new TransitionRequest(
                statuses.mergeTransition(), Map.of("resolution", statuses.duplicateResolution()),
                "Merged into " + survivor.item().key() + ".", null));
        String fields = String.join(",", changed);
        audit.record(new AuditRecord("LEAD_MERGED", null, "LEAD", survivor.item().key(), AuditOutcome.SUCCESS, null,
                Map.of("role", "survivor", "merged", duplicate.item().key(), "fieldsTaken", fields)));
        audit.record(new AuditRecord("LEAD_MERGED", null, "LEAD", closed.key(), AuditOutcome.SUCCESS, null,
                Map.of("role", "duplicate", "mergedInto", survivor.item().key(), "fieldsTaken", fields)));
        return LeadWriter.details(workflow.get(survivor.item().key()), survivor.lead());
    }

    private Loaded mergeable(String key, String field) {
        if (key == null || key.isBlank()) {
            throw InvalidInputException.of(field, "Name the lead to merge.");
        }
        WorkItemView item = workflow.get(key.strip());
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

        LeadDetails details() {
            return LeadWriter.details(item, lead);
        }
    }
}
