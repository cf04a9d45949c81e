package com.pathway.clinic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.internal.LeadScopeSql;
import com.pathway.clinic.internal.LeadSearch;
import com.pathway.shared.ConflictException;
import com.pathway.shared.ForbiddenException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.Transition;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowService;

/**
 * Acting on many leads selected on the list. Closing runs the workflow's close transition (the one
 * marked {@code close: true}) on each lead through the engine, each in a transaction of its own, so
 * that the read rule, conditions, validators and audit apply to each as if it were closed alone; a
 * lead refused is reported with the engine's reason and never stops the others.
 */
@Service
public class LeadBulkService {

    /** The most leads one action takes. */
    public static final int MAX_SELECTED = 500;

    private final WorkflowService workflow;
    private final ClinicStatuses statuses;
    private final LeadSearch search;
    private final LeadScopeSql scope;
    private final AuditService audit;
    private final TransactionTemplate eachAlone;

    public LeadBulkService(WorkflowService workflow, ClinicStatuses statuses, LeadSearch search, LeadScopeSql scope,
            AuditService audit, PlatformTransactionManager transactions) {
        this.workflow = workflow;
        this.statuses = statuses;
        this.search = search;
        this.scope = scope;
        this.audit = audit;
        this.eachAlone = new TransactionTemplate(transactions);
        this.eachAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The resolutions selected leads may be closed with, in the workflow's order. */
    @PreAuthorize(LeadPermissions.CLOSE_SELECTED)
    @Transactional(readOnly = true)
    public List<String> closeResolutions() {
        return statuses.closeResolutions();
    }

    /**
     * What closing these leads with this resolution would do, for the confirmation: which leads it
     * will close and which it leaves as they are (already closed, or not found). Reading their
     * statuses is audited as a listing.
     */
    @PreAuthorize(LeadPermissions.CLOSE_SELECTED)
    @Transactional
    public BulkClose.Plan planClose(Collection<String> keys, String resolution) {
        List<String> selected = checked(keys);
        String chosen = resolution(resolution);
        Transition close = statuses.closeTransition();
        Map<String, LeadSummary> found = search.byKeys(selected, Sort.by("key"), scope.current()).stream()
                .collect(Collectors.toMap(LeadSummary::key, Function.identity()));
        audit.recordWithKeys(new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                Map.of("shown", found.size(), "purpose", "close selected")), List.copyOf(found.keySet()));
        List<String> closing = new ArrayList<>();
        List<BulkClose.Refusal> left = new ArrayList<>();
        for (String key : selected) {
            LeadSummary lead = found.get(key);
            if (lead == null) {
                left.add(new BulkClose.Refusal(key, "There is no lead " + key + "."));
            } else if (!close.leaves(lead.status())) {
                left.add(new BulkClose.Refusal(key, key + " is in " + lead.status() + ", which \"" + close.name()
                        + "\" does not leave."));
            } else {
                closing.add(key);
            }
        }
        return new BulkClose.Plan(close.name(), chosen, closing, left);
    }

    /**
     * Closes each lead with the resolution through the engine, one transaction per lead; returns the
     * leads closed and, for every other one, why the engine refused it.
     */
    @PreAuthorize(LeadPermissions.CLOSE_SELECTED)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkClose.Result close(Collection<String> keys, String resolution) {
        List<String> selected = checked(keys);
        String chosen = resolution(resolution);
        String transition = statuses.closeTransition().id();
        List<String> closed = new ArrayList<>();
        List<BulkClose.Refusal> refused = new ArrayList<>();
        for (String key : selected) {
            try {
                eachAlone.executeWithoutResult(status -> workflow.transition(key,
                        new TransitionRequest(transition, Map.of("resolution", chosen), null, null)));
                closed.add(key);
            } catch (InvalidInputException e) {
                refused.add(new BulkClose.Refusal(key, String.join(" ", new LinkedHashSet<>(e.fieldErrors().values()))));
            } catch (ForbiddenException | ConflictException | NotFoundException e) {
                refused.add(new BulkClose.Refusal(key, e.getMessage()));
            }
        }
        return new BulkClose.Result(chosen, closed, refused);
    }

    /** The selection's keys, upper case, each once, in the order given. */
    static List<String> checked(Collection<String> keys) {
        Set<String> clean = new LinkedHashSet<>();
        if (keys != null) {
            keys.stream().filter(k -> k != null && !k.isBlank()).map(k -> k.strip().toUpperCase(Locale.ROOT))
                    .forEach(clean::add);
        }
        if (clean.isEmpty()) {
            throw InvalidInputException.of("keys", "Select at least one lead.");
        }
        if (clean.size() > MAX_SELECTED) {
            throw InvalidInputException.of("keys", "Select at most " + MAX_SELECTED + " leads at once.");
        }
        return List.copyOf(clean);
    }

    private String resolution(String resolution) {
        List<String> allowed = statuses.closeResolutions();
        return allowed.stream().filter(r -> resolution != null && r.equalsIgnoreCase(resolution.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("resolution",
                        "Choose a resolution: " + String.join(", ", allowed) + "."));
    }
}
