package com.pathway.clinic.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.workflow.PluginDataAccess;
import com.pathway.workflow.WorkItemView;

/**
 * Who may read a lead: intake coordinators and managers every lead, clinicians those in clinical
 * stages or assigned to them, nobody else. The engine asks this before it shows a lead's field
 * changes (personal data) in the changelog; such reads are audited as {@code LEAD_VIEWED}.
 */
@Component
public class LeadAccess implements PluginDataAccess {

    private final LeadRepository leads;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ClinicStatuses statuses;

    public LeadAccess(LeadRepository leads, AuditService audit, CurrentUser currentUser, ClinicStatuses statuses) {
        this.leads = leads;
        this.audit = audit;
        this.currentUser = currentUser;
        this.statuses = statuses;
    }

    /** Whether the current user may see a lead in this status, assigned to this clinician. */
    public boolean visible(CurrentUser user, String status, String clinician) {
        if (user.hasRole(Role.INTAKE_COORDINATOR) || user.hasRole(Role.MANAGER)) {
            return true;
        }
        return user.hasRole(Role.CLINICIAN) && (statuses.isClinical(status)
                || user.usernameOrSystem().equals(clinician));
    }

    @Override
    public boolean supports(String itemType) {
        return ClinicWorkflowPlugin.LEAD.equals(itemType);
    }

    @Override
    public boolean mayRead(WorkItemView item) {
        return leads.findById(item.id()).map(lead -> visible(currentUser, item.status(), lead.getClinician()))
                .orElse(false);
    }

    @Override
    public void wasRead(WorkItemView item, String what) {
        audit.record(new AuditRecord("LEAD_VIEWED", null, "LEAD", item.key(), AuditOutcome.SUCCESS, null,
                Map.of("part", what)));
    }
}
