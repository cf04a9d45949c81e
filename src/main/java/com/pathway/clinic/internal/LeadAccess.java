package com.pathway.clinic.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.workflow.ItemAccess;
import com.pathway.workflow.ReadScope;

/**
 * The clinic's one rule of who may read a lead: intake coordinators and managers every lead,
 * clinicians those in a status flagged {@code clinical} in the workflow or whose {@code clinician}
 * user field names them, nobody else (administrators included). Besides, a clinician reads the leads
 * their open emergency accesses name ({@link EmergencyGrants}), until each expires. The engine applies it
 * on every path of a work item; the clinic's own lists derive their SQL from the same scope
 * ({@link LeadScopeSql}). Reads are audited as {@code LEAD_VIEWED} (refusals with outcome DENIED; reads
 * by emergency access with its reason).
 */
@Component
public class LeadAccess implements ItemAccess {

    /** The user field that names a lead's clinician. */
    public static final String CLINICIAN = com.pathway.clinic.AssignmentField.CLINICIAN.userField();

    private final CurrentUser currentUser;
    private final EmergencyGrants emergency;

    public LeadAccess(CurrentUser currentUser, EmergencyGrants emergency) {
        this.currentUser = currentUser;
        this.emergency = emergency;
    }

    @Override
    public Set<String> itemTypes() {
        return Set.of(ClinicWorkflowPlugin.LEAD);
    }

    @Override
    public ReadScope scope() {
        ReadScope scope = scopeFor(currentUser.roles());
        // A clinician's open emergency accesses widen their scope, lead by lead, until each expires.
        return currentUser.hasRole(Role.CLINICIAN)
                ? scope.withGranted(emergency.activeFor(currentUser.username().orElse(null)))
                : scope;
    }

    /** The scope of a user holding these roles: the rule itself, for the current user or a colleague. */
    public static ReadScope scopeFor(Set<Role> roles) {
        if (roles.contains(Role.INTAKE_COORDINATOR) || roles.contains(Role.MANAGER)) {
            return ReadScope.everything();
        }
        if (roles.contains(Role.CLINICIAN)) {
            return ReadScope.where(Set.of(ClinicStatuses.CLINICAL), Set.of(CLINICIAN));
        }
        return ReadScope.nothing();
    }

    @Override
    public String auditTarget() {
        return "LEAD";
    }

    @Override
    public String readAction() {
        return "LEAD_VIEWED";
    }

    @Override
    public String listAction() {
        return "LEADS_LISTED";
    }
}
