package com.pathway.clinic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.workflow.Resolution;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkflowDefinition;
import com.pathway.workflow.WorkflowDefinition.Status;

/**
 * The meaning of the published clinic workflow for modules that read the transition history (reports):
 * its stages and milestones ({@link LeadStages}), read from the workflow's properties. It holds no lead
 * data, so it needs no access rule.
 */
@Component
public class ClinicWorkflow {

    private final ClinicStatuses statuses;

    public ClinicWorkflow(ClinicStatuses statuses) {
        this.statuses = statuses;
    }

    /** The open stages and milestones of the published clinic workflow. */
    public LeadStages stages() {
        WorkflowDefinition d = statuses.definition();
        Map<String, List<String>> stages = new LinkedHashMap<>();
        List<String> booked = new ArrayList<>();
        List<String> started = new ArrayList<>();
        for (Status s : d.statuses()) {
            if (s.flag(ClinicStatuses.CONSULTATION_BOOKED)) {
                booked.add(s.name());
            }
            if (s.flag(ClinicStatuses.TREATMENT_STARTED)) {
                started.add(s.name());
            }
            if (s.statusCategory() == StatusCategory.DONE) {
                continue;
            }
            String stage = s.property(ClinicStatuses.STAGE).filter(v -> !v.isBlank()).orElse(s.name());
            stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(s.name());
        }
        List<String> duplicate = d.resolutions().stream().filter(r -> r.flag(ClinicStatuses.DUPLICATE))
                .map(Resolution::name).toList();
        List<String> completed = d.resolutions().stream()
                .filter(r -> r.property(ClinicStatuses.OUTCOME).filter("completed"::equalsIgnoreCase).isPresent())
                .map(Resolution::name).toList();
        List<LeadStages.Stage> ordered = stages.entrySet().stream()
                .map(e -> new LeadStages.Stage(e.getKey(), e.getValue())).toList();
        return new LeadStages(ordered, statuses.initial(), booked, started, duplicate, completed);
    }
}
