package com.pathway.clinic.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

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
}
