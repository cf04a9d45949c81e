package com.pathway.clinic;

import org.springframework.stereotype.Component;

import com.pathway.security.CurrentUser;
import com.pathway.security.Role;

/**
 * Whether the signed-in user may do a {@link LeadAction}: one answer for services (method security
 * through the expressions below), views (which hide what a role cannot do) and the API. Views only
 * hide; the services enforce. Which leads a user may see at all is the engine's visibility rule, applied
 * when a lead is loaded; every lead a caller holds has passed it.
 */
@Component("leadPermissions")
public class LeadPermissions {

    // For @PreAuthorize. isAuthenticated() first, so an anonymous call fails as unauthenticated, not as denied.
    public static final String VIEW = "isAuthenticated() and @leadPermissions.mayView()";
    public static final String LIST = "isAuthenticated() and @leadPermissions.mayList()";
    public static final String CREATE = "isAuthenticated() and @leadPermissions.mayCreate()";
    public static final String EDIT = "isAuthenticated() and @leadPermissions.mayEdit()";
    public static final String MERGE = "isAuthenticated() and @leadPermissions.mayMerge()";
    public static final String IMPORT = "isAuthenticated() and @leadPermissions.mayImport()";
    public static final String EXPORT = "isAuthenticated() and @leadPermissions.mayExport()";
    public static final String RECORD_SCREENING = "isAuthenticated() and @leadPermissions.mayRecordScreening()";
    public static final String RESCHEDULE = "isAuthenticated() and @leadPermissions.mayReschedule()";
    public static final String CREATE_REFERRER = "isAuthenticated() and @leadPermissions.mayCreateReferrer()";
    public static final String ASSIGN = "isAuthenticated() and @leadPermissions.mayAssign()";
    public static final String ASSIGN_SELF = "isAuthenticated() and @leadPermissions.mayAssignSelf()";
    public static final String ASSIGN_MANY = "isAuthenticated() and @leadPermissions.mayAssignMany()";
    public static final String CLOSE_SELECTED = "isAuthenticated() and @leadPermissions.mayCloseSelected()";
    public static final String EMERGENCY_ACCESS = "isAuthenticated() and @leadPermissions.mayUseEmergencyAccess()";

    private final CurrentUser currentUser;

    public LeadPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean may(LeadAction action) {
        for (Role role : currentUser.roles()) {
            if (action.roles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean mayView() {
        return may(LeadAction.VIEW);
    }

    public boolean mayList() {
        return may(LeadAction.LIST);
    }

    public boolean mayCreate() {
        return may(LeadAction.CREATE);
    }

    /** Whether the user may change a lead's contact and intake fields. */
    public boolean mayEdit() {
        return may(LeadAction.EDIT);
    }

    public boolean mayMerge() {
        return may(LeadAction.MERGE);
    }

    public boolean mayImport() {
        return may(LeadAction.IMPORT);
    }

    public boolean mayExport() {
        return may(LeadAction.EXPORT);
    }

    public boolean mayRecordScreening() {
        return may(LeadAction.RECORD_SCREENING);
    }

    /** Whether the user may open a lead outside their scope for a while, with a reason. */
    public boolean mayUseEmergencyAccess() {
        return may(LeadAction.EMERGENCY_ACCESS);
    }

    /** Whether the user may read a screening's outcome, which is clinical content. */
    public boolean mayReadScreening() {
        return may(LeadAction.READ_SCREENING);
    }

    /** Whether the user may move a lead's appointment to another time, clinician or mode. */
    public boolean mayReschedule() {
        return may(LeadAction.RESCHEDULE);
    }

    public boolean mayCreateReferrer() {
        return may(LeadAction.CREATE_REFERRER);
    }

    /** Whether the user may give leads a coordinator or a clinician (anyone who fits the field). */
    public boolean mayAssign() {
        return may(LeadAction.ASSIGN);
    }

    /** Whether the user may take leads themselves, in a field their role fits. */
    public boolean mayAssignSelf() {
        return may(LeadAction.ASSIGN_SELF);
    }

    /** Whether the user may take a lead themselves as its coordinator or clinician: the action, and a fitting role. */
    public boolean mayAssignSelf(AssignmentField field) {
        return mayAssignSelf() && currentUser.roles().stream().anyMatch(field.roles()::contains);
    }

    public boolean mayAssignMany() {
        return may(LeadAction.ASSIGN_MANY);
    }

    /** Whether the user may close many selected leads at once (each still through the workflow's rules). */
    public boolean mayCloseSelected() {
        return may(LeadAction.CLOSE_SELECTED);
    }

    /** The lead as the signed-in user may read it: without the screening's outcome unless a clinician. */
    public LeadDetails shown(LeadDetails lead) {
        return lead == null || mayReadScreening() ? lead : lead.withoutClinicalContent();
    }
}
