package com.pathway.clinic;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.internal.ClinicStatuses;
import com.pathway.clinic.internal.ReferrerRepository;

/** The choices the lead list's filters offer: statuses of the published clinic workflow and referrers. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(LeadPermissions.LIST)
public class LeadListOptions {

    static final int MAX_REFERRERS = 500;

    private final ReferrerRepository referrers;
    private final ClinicStatuses workflow;
    private final ClinicWorkflow clinicWorkflow;

    public LeadListOptions(ReferrerRepository referrers, ClinicStatuses workflow, ClinicWorkflow clinicWorkflow) {
        this.referrers = referrers;
        this.workflow = workflow;
        this.clinicWorkflow = clinicWorkflow;
    }

    /** The open stages a lead may have reached, in the workflow's order (the dashboard funnel's stages). */
    public List<String> reachableStages() {
        return clinicWorkflow.stages().names();
    }

    /** The statuses of the published clinic workflow, in its order. */
    public List<String> statuses() {
        return workflow.statuses();
    }

    /** Each stage (the statuses' {@code stage} property) with its statuses, in the workflow's order. */
    public Map<String, List<String>> stages() {
        return workflow.stages();
    }

    /** Referrers by name, at most {@value #MAX_REFERRERS}. */
    public List<ReferrerOption> referrers() {
        return referrers.findAll(PageRequest.of(0, MAX_REFERRERS, Sort.by("name", "id"))).stream()
                .map(r -> new ReferrerOption(r.getId(), r.getName())).toList();
    }
}
