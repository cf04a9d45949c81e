package com.pathway.clinic.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.workflow.PropertyRequirement;
import com.pathway.workflow.PropertyRequirement.Kind;
import com.pathway.workflow.PropertyRequirement.Presence;
import com.pathway.workflow.PropertyRequirement.Target;
import com.pathway.workflow.WorkflowPlugin;

/** The clinic's project: leads ({@code PW-1}, …) following the clinic workflow. */
@Component
public class ClinicWorkflowPlugin implements WorkflowPlugin {

    public static final String PROJECT = "PW";
    public static final String LEAD = "LEAD";

    @Override
    public String projectKey() {
        return PROJECT;
    }

    @Override
    public String projectName() {
        return "Patient pathway";
    }

    @Override
    public Set<String> itemTypes() {
        return Set.of(LEAD);
    }

    @Override
    public String definitionResource() {
        return "workflow/clinic.yaml";
    }

    /** A lead is a work item and a lead row; only the clinic creates both together. */
    @Override
    public Set<String> reservedItemTypes() {
        return Set.of(LEAD);
    }

    @Override
    public String createdThrough(String itemType) {
        return "the leads API (POST /api/v1/leads)";
    }

    /** What {@link ClinicStatuses} reads: a clinic workflow without these would silently change who sees what. */
    @Override
    public List<PropertyRequirement> requiredProperties() {
        return List.of(
                PropertyRequirement.everyStatus(ClinicStatuses.CLINICAL, Kind.BOOLEAN,
                        "clinicians see every lead in a clinical status, others only when assigned to them"),
                PropertyRequirement.everyStatus(ClinicStatuses.STAGE, Kind.TEXT,
                        "the lead list's stage filter groups statuses by it"),
                PropertyRequirement.optional(Target.STATUS, ClinicStatuses.OVERDUE, Kind.DURATION,
                        "how long a lead may stay in an open status before it is overdue"),
                PropertyRequirement.optional(Target.STATUS, ClinicStatuses.CONSULTATION_BOOKED, Kind.BOOLEAN,
                        "entering such a status meets the time-to-consultation target"),
                PropertyRequirement.optional(Target.STATUS, ClinicStatuses.TREATMENT_STARTED, Kind.BOOLEAN,
                        "entering such a status counts as treatment started in the dashboards"),
                PropertyRequirement.exactlyOne(Target.TRANSITION, ClinicStatuses.MERGE,
                        "merging leads closes the duplicate with this transition"),
                PropertyRequirement.optional(Target.TRANSITION, ClinicStatuses.CLOSE, Kind.BOOLEAN,
                        "the lead list closes selected leads with this transition (without it, with the merge one)"),
                PropertyRequirement.exactlyOne(Target.RESOLUTION, ClinicStatuses.DUPLICATE,
                        "merging leads closes the duplicate with this resolution"),
                new PropertyRequirement(Target.RESOLUTION, ClinicStatuses.OUTCOME, Kind.ONE_OF,
                        List.of("completed", "ineligible", "declined", "lost-contact", "referred"), Presence.OPTIONAL,
                        "how a closed lead ended, for reports and demo data"));
    }
}
