package com.pathway.clinic;

import java.util.Map;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.internal.Lead;
import com.pathway.clinic.internal.LeadAccess;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.clinic.internal.LeadWriter;
import com.pathway.security.CurrentUser;
import com.pathway.security.StaffMember;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.ReadScope;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowDefinitions;
import com.pathway.workflow.WorkflowService;

/**
 * Who may read a lead, for modules that hang their own records on leads (notes, tasks): they open the
 * lead through the engine's read rule, and ask whether a colleague they name (a mention, an assignee) may
 * read it too. Both answers come from the one rule, {@link LeadAccess}.
 */
@Service
@Transactional // not read-only: opening a lead is audited
public class LeadAudience {

    /** A lead the caller may read: its work item's id and key. */
    public record LeadRef(long itemId, String key) {
    }

    private static final Map<String, Function<Lead, String>> USER_FIELDS = Map.of(
            LeadAccess.CLINICIAN, Lead::getClinician, LeadWriter.COORDINATOR, Lead::getCoordinator);

    private final WorkflowService workflow;
    private final WorkflowDefinitions workflows;
    private final LeadRepository leads;
    private final CurrentUser currentUser;

    public LeadAudience(WorkflowService workflow, WorkflowDefinitions workflows, LeadRepository leads,
            CurrentUser currentUser) {
        this.workflow = workflow;
        this.workflows = workflows;
        this.leads = leads;
        this.currentUser = currentUser;
    }

    /**
     * The lead, if the caller may read it; otherwise "There is no lead …" ({@link NotFoundException}),
     * exactly as for an unknown key. The engine audits the read or the refusal.
     */
    @PreAuthorize(LeadPermissions.VIEW)
    public LeadRef open(String key) {
        return lead(key, workflow.get(key));
    }

    /**
     * The lead as {@link #open}, for a caller about to add or change something on it: refused with
     * {@link com.pathway.shared.ForbiddenException} when the caller reads it only by emergency access,
     * which is read-only.
     */
    @PreAuthorize(LeadPermissions.VIEW)
    public LeadRef openForChange(String key) {
        return lead(key, workflow.getForChange(key));
    }

    private LeadRef lead(String key, WorkItemView item) {
        if (!leads.existsById(item.id())) {
            throw new NotFoundException("There is no lead " + key + ".");
        }
        return new LeadRef(item.id(), item.key());
    }

    /** Whether the colleague may read the lead, which the caller must be able to read. */
    @PreAuthorize(LeadPermissions.VIEW)
    public boolean mayRead(LeadRef ref, StaffMember colleague) {
        Lead lead = leads.findById(ref.itemId()).orElseThrow(() -> new NotFoundException("There is no lead " + ref.key() + "."));
        if (!allows(LeadAccess.scopeFor(currentUser.roles()), lead, currentUser.username().orElse(null))) {
            throw new NotFoundException("There is no lead " + ref.key() + ".");
        }
        return allows(LeadAccess.scopeFor(colleague.roles()), lead, colleague.username());
    }

    private boolean allows(ReadScope scope, Lead lead, String username) {
        if (scope.all() || scope.isNothing()) {
            return scope.all();
        }
        var published = workflows.published(com.pathway.clinic.internal.ClinicWorkflowPlugin.PROJECT);
        return scope.allows(flag -> published.statusesFlagged(flag).contains(lead.getStatus()),
                field -> USER_FIELDS.getOrDefault(field, l -> null).apply(lead), username);
    }
}
