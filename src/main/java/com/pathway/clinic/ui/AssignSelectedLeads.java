package com.pathway.clinic.ui;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadAssignmentService;
import com.pathway.clinic.LeadPermissions;

/**
 * "Assign…" in the lead list's selection bar, for managers: the bulk assignment dialog for the selected
 * leads, which shows what will change lead by lead and asks before anything happens.
 */
@Component
@Order(10)
class AssignSelectedLeads implements LeadSelectionAction {

    private final LeadAssignmentService assignments;
    private final LeadPermissions permissions;

    AssignSelectedLeads(LeadAssignmentService assignments, LeadPermissions permissions) {
        this.assignments = assignments;
        this.permissions = permissions;
    }

    @Override
    public String id() {
        return "assign";
    }

    @Override
    public String label() {
        return "Assign…";
    }

    @Override
    public boolean available() {
        return permissions.mayAssignMany();
    }

    @Override
    public void run(List<String> keys, Runnable done) {
        new BulkAssignDialog(assignments, keys, done).open();
    }
}
